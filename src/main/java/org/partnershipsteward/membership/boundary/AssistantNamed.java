package org.partnershipsteward.membership.boundary;

/**
 * An assistant was named for a member; the notice component mails them. {@code link} is the one-time link to set
 * their password (absent when their login already has one: they are told whom they now assist).
 */
public record AssistantNamed(long assistantId, String email, String name, String principalName, String link) {
}
