/**
 * Partnership Steward: the software that runs an executive-level public/private security partnership.
 * <p>
 * Business components ({@code organization}, {@code bylaws}, ...) are split into {@code boundary}
 * (facades that own transactions and security, REST resources, Faces beans), {@code control}
 * (pure policies and procedures) and {@code entity} (state with behaviour). {@code platform} holds
 * cross-cutting concerns. See docs/architecture.md for the dependency rules.
 */
package org.partnershipsteward;
