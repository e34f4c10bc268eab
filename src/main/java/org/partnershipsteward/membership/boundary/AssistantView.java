package org.partnershipsteward.membership.boundary;

import java.io.Serializable;
import org.partnershipsteward.membership.entity.Assistant;

/** An assistant as the API shows them; {@code login}: whether they have a login (assistants copied from the old
 * contact fields have none until named again). */
public record AssistantView(long id, String firstName, String lastName, String name, String email, String phone,
        boolean login) implements Serializable {

    public static AssistantView of(Assistant a) {
        return new AssistantView(a.getId(), a.getFirstName(), a.getLastName(), a.fullName(), a.getEmail(), a.getPhone(),
                a.getAccountId() != null);
    }
}
