/** Exceptions every component may raise; the REST and web layers turn them into problem+json or page messages. */
package org.partnershipsteward.platform.domain;
