package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The board page every member may read: seats, holders, alternates, terms, chair and the rotation ahead. */
@Named
@RequestScoped
public class BoardPage {

    @Inject
    BoardViews views;

    private BoardView view;

    public BoardView getView() {
        if (view == null) {
            view = views.view();
        }
        return view;
    }

    /** After a change in this request (a leave recorded or ended): the view is composed again when next asked. */
    public void forget() {
        view = null;
    }
}
