package org.partnershipsteward.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.partnershipsteward.platform.persistence.RenderMemo;

/** Keeps repeated reads for the length of Faces' render phase, and only that ({@link RenderMemo}; faces-config.xml). */
public class RenderMemoListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        RenderMemo.start();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        RenderMemo.end();
    }
}
