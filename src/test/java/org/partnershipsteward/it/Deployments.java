package org.partnershipsteward.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as is: integration tests test what ships. */
public final class Deployments {

    /** The password of every demo account (the default of partnership.demo-password). */
    public static final String DEMO_PASSWORD = "steward-demo";
    public static final String SECRETARIAT = "secretariat@steward.example";
    public static final String BOARD = "sac@steward.example";
    public static final String MEMBER = "member@steward.example";

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("it.war", "target/steward.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
