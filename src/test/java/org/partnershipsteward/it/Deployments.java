package org.partnershipsteward.it;

/** The demo accounts every integration test signs in with (the WAR is started once per run by {@link Server}). */
public final class Deployments {

    /** The password of every demo account (the default of partnership.demo-password). */
    public static final String DEMO_PASSWORD = "steward-demo";
    public static final String SECRETARIAT = "secretariat@steward.example";
    public static final String BOARD = "sac@steward.example";
    public static final String MEMBER = "member@steward.example";
    /** The demo's assistant with a login (role ASSISTANT): Tom Berg, who assists the board member {@link #BOARD}. */
    public static final String ASSISTANT = "tom.berg@steward.example";

    private Deployments() {
    }

}
