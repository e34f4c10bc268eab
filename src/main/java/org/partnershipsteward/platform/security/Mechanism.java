package org.partnershipsteward.platform.security;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which of the application's authentication mechanisms a bean is (Jakarta Security 4 allows several per application;
 * {@link AuthenticationByPath} picks one per request).
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Mechanism {

    Kind value();

    enum Kind {
        /** {@code /api/*}: HTTP Basic on every call, no session. */
        API,
        /** Everything else: the form login, kept in the session. */
        PAGES
    }
}
