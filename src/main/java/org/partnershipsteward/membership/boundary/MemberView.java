package org.partnershipsteward.membership.boundary;

import java.time.LocalDate;
import org.partnershipsteward.membership.entity.Member;

/** A member as the API shows it. */
public record MemberView(long id, String firstName, String lastName, String email, String title, String phone,
        String assistantName, String assistantEmail, String assistantPhone, long organizationId, String criterion,
        String status, String executiveLevel, LocalDate joinedOn, LocalDate leftOn, Boolean bylawsAcknowledged) {

    public static MemberView of(Member m, Boolean bylawsAcknowledged) {
        return new MemberView(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getTitle(), m.getPhone(),
                m.getAssistantName(), m.getAssistantEmail(), m.getAssistantPhone(), m.getOrganizationId(),
                m.getCriterion().name(), m.getStatus().name(), m.getExecutiveLevel().name(), m.getJoinedOn(),
                m.getLeftOn(), bylawsAcknowledged);
    }
}
