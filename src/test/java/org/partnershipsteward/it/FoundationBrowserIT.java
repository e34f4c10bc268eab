package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The pages of the foundation in headless Chromium: sign in as each role, see that role's navigation, get refused elsewhere. */
@ExtendWith(Server.class)
class FoundationBrowserIT {

    @Server.Url
    URL base;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        // started lazily in each test once the deployment URL is known; one Chromium for the class
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.signOut();
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aProtectedPageAsksForASignInAndReturnsThereAfterwards() {
        Browser b = browser();
        b.open("/organizations/index.xhtml");
        assertTrue(b.path().startsWith("/login.xhtml"), b.path());
        b.type("login:email", Deployments.SECRETARIAT);
        b.type("login:password", Deployments.DEMO_PASSWORD);
        b.click("login:submit");
        b.waitFor(By.id("orgs:table"));
        assertTrue(b.path().startsWith("/organizations/index.xhtml"), b.path());
    }

    @Test
    void wrongPasswordShowsAMessageAndNoSession() {
        Browser b = browser();
        b.signIn(Deployments.SECRETARIAT, "wrong-password");
        assertTrue(b.text().contains("The email or password is not right."), b.text());
        b.open("/dashboard.xhtml");
        assertTrue(b.path().startsWith("/login.xhtml"), b.path());
    }

    @Test
    void secretariatSeesItsNavigationAndTheDashboard() throws Exception {
        Browser b = browser().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        assertTrue(b.path().startsWith("/dashboard.xhtml") || b.path().startsWith("/index.xhtml"), b.path());
        assertTrue(b.has(By.id("nav:mSecretariat")), "secretariat menu");
        assertFalse(b.has(By.id("nav:mBoard")), "no board menu for the secretariat");
        assertTrue(b.has(By.id("secretariatDashboard")));
        assertTrue(Integer.parseInt(b.waitFor(By.id("orgCount")).getText()) >= 20);
        assertTrue(Files.size(b.screenshot("dashboard-secretariat")) > 10_000);
    }

    @Test
    void boardMemberSeesBoardAndMemberWorkButNoSecretariatMenu() {
        Browser b = browser().signIn(Deployments.BOARD, Deployments.DEMO_PASSWORD);
        assertTrue(b.has(By.id("nav:mBoard")));
        assertFalse(b.has(By.id("nav:mSecretariat")));
        assertTrue(b.has(By.id("boardDashboard")));
        assertTrue(b.has(By.id("memberDashboard")));
        b.screenshot("dashboard-board");
    }

    @Test
    void memberSeesOnlyMemberNavigationAndIsRefusedSecretariatPages() {
        Browser b = browser().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        assertFalse(b.has(By.id("nav:mBoard")));
        assertFalse(b.has(By.id("nav:mSecretariat")));
        assertTrue(b.has(By.id("memberDashboard")));
        b.screenshot("dashboard-member");
        b.open("/organizations/edit.xhtml");
        assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
        b.open("/organizations/index.xhtml");
        b.waitFor(By.id("orgs:table"));
        assertFalse(b.has(By.id("newOrganization")), "a member reads the organizations but cannot add one");
    }

    @Test
    void everyRoleReadsTheBylawsInForce() {
        Browser b = browser().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        b.open("/bylaws.xhtml");
        assertTrue(b.waitFor(By.id("bylawsVersion")).getText().startsWith("Version "));
        assertTrue(b.text().contains("FBI Special Agent in Charge"));
        assertTrue(b.text().contains("Law enforcement official"));
    }

    @Test
    void secretariatCreatesAnOrganizationAndBadInputGetsAMessage() {
        Browser b = browser().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        b.open("/organizations/edit.xhtml");
        b.click("org:save");
        b.waitForText(By.id("org:messages"), "Name: is required");

        String name = "Browser Test Bank " + UUID.randomUUID().toString().substring(0, 8);
        b.type("org:name", name);
        b.click("org:save");
        b.waitFor(By.id("orgs:table"));
        assertTrue(b.text().contains("Saved " + name), b.text());
    }

    @Test
    void secretariatReadsTheNoticeLogAndAMemberIsRefusedIt() {
        Browser b = browser().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        b.open("/secretariat/notices.xhtml");
        b.waitFor(By.id("log:table"));
        b.screenshot("notices-secretariat");
        b.signOut().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        b.open("/secretariat/notices.xhtml");
        assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
        b.signOut().signIn(Deployments.BOARD, Deployments.DEMO_PASSWORD);
        b.open("/secretariat/notices.xhtml");
        assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
    }

    @Test
    void unsubscribePageNeedsNoLoginAndAnUnknownLinkChangesNothing() {
        Browser b = browser();
        b.open("/unsubscribe.xhtml?token=" + "B".repeat(43));
        b.click("unsubscribe:confirm");
        assertTrue(b.waitFor(By.id("unknown")).getText().contains("not valid"));
    }

    @Test
    void unknownPageIsAFriendly404() {
        Browser b = browser().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        b.open("/no-such-page.xhtml");
        assertEquals("Page not found", b.waitFor(By.id("errorTitle")).getText());
        assertFalse(b.text().contains("Exception"));
    }
}
