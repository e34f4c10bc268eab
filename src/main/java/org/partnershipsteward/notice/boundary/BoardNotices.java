package org.partnershipsteward.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.board.boundary.BoardEvent;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Seat vacancies, seat holders who no longer fit their seat, chair hand-overs, ending terms and successor invitations,
 * in the transaction that caused them.
 */
@ApplicationScoped
public class BoardNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    void board(@Observes BoardEvent event) {
        Map<String, Object> model = new HashMap<>();
        model.put("link", config.baseUrl() + "/board.xhtml");
        NoticeKind kind = switch (event.type()) {
            case SEAT_VACANT -> {
                model.put("seatName", event.seatName());
                model.put("effectiveDate", DATE.format(event.date()));
                model.put("previousHolderName", event.previousName());
                yield NoticeKind.SEAT_VACANT;
            }
            case CHAIR_HANDOVER -> {
                model.put("outgoingChairName", event.previousName());
                model.put("incomingChairName", event.nextName());
                model.put("effectiveDate", DATE.format(event.date()));
                yield NoticeKind.CHAIR_HANDOVER;
            }
            case SEAT_HOLDER_INELIGIBLE -> {
                model.put("seatName", event.seatName());
                model.put("holderName", event.previousName());
                model.put("reasons", event.detail());
                yield NoticeKind.SEAT_HOLDER_INELIGIBLE;
            }
            case TERM_ENDING -> {
                model.put("seatName", event.seatName());
                model.put("termEnd", DATE.format(event.date()));
                yield NoticeKind.TERM_ENDING;
            }
        };
        for (BoardEvent.Recipient to : event.recipients()) {
            outbox.enqueue(NoticeRequest.of(kind, to.email(), to.name(), model).about("Board", null));
        }
    }

    void successor(@Observes MemberLeft event) {
        if (event.successorEmail() == null) {
            return;
        }
        outbox.enqueue(NoticeRequest.of(NoticeKind.SUCCESSOR_INVITED, event.successorEmail(), event.successorEmail(),
                Map.of("predecessorName", event.memberName(), "organizationName", event.organizationName(),
                        "link", config.baseUrl() + "/apply.xhtml")).about("Member", event.memberId()));
    }
}
