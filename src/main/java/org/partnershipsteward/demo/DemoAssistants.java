package org.partnershipsteward.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsteward.membership.entity.Assistant;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.Roles;

/**
 * The demo's assistants (issue 17): every assistant a demo member names serves them; the first board member's
 * assistant signs in (role ASSISTANT, the demo password), so the assistant's portal can be tried.
 */
final class DemoAssistants {

    private DemoAssistants() {
    }

    /** The demo member whose assistant has a login: the first board member who names an assistant. */
    static Optional<DemoData.DemoMember> withLogin(List<DemoData.DemoMember> members) {
        return members.stream().filter(m -> m.roles() != null && m.roles().contains(Roles.BOARD) && m.assistantEmail() != null)
                .findFirst();
    }

    static void load(EntityManager em, Accounts accounts, String demoHash, List<DemoData.DemoMember> demoMembers,
            Map<String, Member> members, Instant now) {
        Optional<DemoData.DemoMember> login = withLogin(demoMembers);
        Map<String, Assistant> byEmail = new HashMap<>();
        for (DemoData.DemoMember d : demoMembers) {
            Member member = members.get(Account.normalizeEmail(d.email()));
            if (d.assistantEmail() == null || member == null || !member.getStatus().current()) {
                continue;
            }
            String email = Account.normalizeEmail(d.assistantEmail());
            String[] name = d.assistantName().split(" ", 2);
            Assistant assistant = byEmail.computeIfAbsent(email, e -> {
                Assistant a = new Assistant(name[0], name.length > 1 ? name[1] : "-", e, now);
                em.persist(a);
                return a;
            });
            assistant.serve(member.getId(), now);
            if (login.filter(l -> l.email().equals(d.email())).isPresent()) {
                assistant.linkAccount(accounts.createIfAbsentWithHash(email, d.assistantName(), Set.of(Roles.ASSISTANT),
                        demoHash).getId());
            }
        }
        em.flush();
    }
}
