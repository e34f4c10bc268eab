/**
 * Reading the audit trail: the secretariat's filtered, paged view of every recorded decision (the
 * {@code GET /api/audit} resource and the {@code /secretariat/audit.xhtml} page). The trail itself,
 * written in each deciding transaction, is {@code audit}, which lies below platform; this component
 * reads it and may depend on platform (roles, problems, navigation).
 */
package org.partnershipsteward.auditlog;
