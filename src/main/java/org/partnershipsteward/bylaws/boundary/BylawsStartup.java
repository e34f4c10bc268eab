package org.partnershipsteward.bylaws.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Makes sure a bylaws version is in force before anything reads it. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BylawsStartup {

    @Inject
    Bylaws bylaws;

    @PostConstruct
    void install() {
        bylaws.installDefaultIfNone();
    }
}
