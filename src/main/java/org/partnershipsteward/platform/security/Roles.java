package org.partnershipsteward.platform.security;

import java.util.List;

/**
 * The roles of the system; a board member holds BOARD and MEMBER. An ASSISTANT is a member's assistant with a
 * login of their own: they see their principals' summits and answer for them, nothing else (docs/security.md).
 */
public final class Roles {

    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String BOARD = "BOARD";
    public static final String MEMBER = "MEMBER";
    public static final String ASSISTANT = "ASSISTANT";

    public static final List<String> ALL = List.of(SECRETARIAT, BOARD, MEMBER, ASSISTANT);

    private Roles() {
    }
}
