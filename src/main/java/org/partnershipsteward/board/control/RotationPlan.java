package org.partnershipsteward.board.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chair rotation as of one day: the chair of the running term (empty only when the board
 * has no holder), the planned terms after it in order, and the hand-over that happened today,
 * if any.
 */
public record RotationPlan(Optional<ChairTerm> chair, List<ChairTerm> upcoming, Optional<ChairHandover> handover) {

    public RotationPlan {
        Objects.requireNonNull(chair, "chair");
        upcoming = List.copyOf(upcoming);
        Objects.requireNonNull(handover, "handover");
    }

    /** The vice-chair: the chair of the next term. */
    public Optional<ChairTerm> viceChair() {
        return upcoming.stream().findFirst();
    }

    /** The running term followed by the planned ones. */
    public List<ChairTerm> terms() {
        List<ChairTerm> terms = new ArrayList<>();
        chair.ifPresent(terms::add);
        terms.addAll(upcoming);
        return List.copyOf(terms);
    }
}
