package org.partnershipsteward.platform.security;

import java.util.List;

/** The three roles of the system; a board member holds BOARD and MEMBER. */
public final class Roles {

    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String BOARD = "BOARD";
    public static final String MEMBER = "MEMBER";

    public static final List<String> ALL = List.of(SECRETARIAT, BOARD, MEMBER);

    private Roles() {
    }
}
