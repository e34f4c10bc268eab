package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18: import with a dry run, exports that import unchanged. The round trip runs between two servers of the same
 * WAR: the run's shared server (the demo partnership) exports every kind; a second server on its own empty database
 * (no demo data, only the bootstrap secretariat account) imports the files through the API, dry run then commit, and
 * exports them again, which must be byte-identical. Bad input is sent to the empty server, so that "nothing stored"
 * is seen in its exports.
 */
@ExtendWith(Server.class)
class ExchangeIT {

    private static final List<String> KINDS = List.of("organizations", "members", "seats", "summits", "attendance");
    private static Server.Running empty;

    @Server.Url
    URL base;

    @AfterAll
    static void stopEmptyServer() {
        if (empty != null) {
            empty.close();
        }
    }

    private static synchronized Api emptySecretariat() {
        if (empty == null) {
            empty = Server.Running.startEmpty("exchange");
        }
        return Api.as(empty.base(), "bootstrap@steward.test", "bootstrap-secret-1");
    }

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private static Api.Answer upload(Api api, String kind, boolean dryRun, byte[] file) {
        return api.sendBytes("POST", "/api/imports/" + kind + "?dryRun=" + dryRun, "text/csv", file);
    }

    private static Api.Answer upload(Api api, String kind, boolean dryRun, String file) {
        return upload(api, kind, dryRun, file.getBytes(StandardCharsets.UTF_8));
    }

    private static String export(Api api, String kind) {
        Api.Answer answer = api.text("/api/exports/" + kind);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("text/csv"), answer.contentType());
        return answer.body();
    }

    @Test
    void roundTripDemoPartnershipExportsImportIntoAnEmptyOneAndExportAgainByteForByte() {
        Map<String, String> exported = new LinkedHashMap<>();
        for (String kind : KINDS) {
            exported.put(kind, export(secretariat(), kind));
        }
        assertTrue(exported.get("members").lines().count() > 10, exported.get("members"));
        assertTrue(exported.get("seats").lines().count() > 1, exported.get("seats"));
        assertTrue(exported.get("attendance").lines().count() > 1, "the demo has past check-ins");
        Api target = emptySecretariat();
        for (String kind : KINDS) {
            String file = exported.get(kind);
            JsonObject dry = upload(target, kind, true, file).object();
            assertEquals(0, dry.getJsonArray("errors").size(), kind + ": " + dry.getJsonArray("errors"));
            assertTrue(dry.getBoolean("dryRun"));
            assertFalse(dry.getBoolean("committed"));
            Api.Answer commit = upload(target, kind, false, file);
            assertEquals(200, commit.status(), kind + ": " + commit.body());
            JsonObject done = commit.object();
            assertTrue(done.getBoolean("committed"), done.toString());
            assertEquals(dry.getInt("created"), done.getInt("created"), kind + ": the commit does what the dry run said");
            assertEquals(file.lines().count() - 1, done.getInt("rows"), kind);
        }
        for (String kind : KINDS) {
            assertEquals(exported.get(kind), export(target, kind), kind + ": export → import → export is identical");
        }
        for (String kind : KINDS) {
            JsonObject again = upload(target, kind, false, exported.get(kind)).object();
            assertEquals(0, again.getInt("created"), kind + ": the same file twice changes nothing");
            assertEquals(0, again.getInt("updated"), kind + ": " + again);
            assertEquals(again.getInt("rows"), again.getInt("unchanged"), kind);
        }
        assertEquals(exported.get("members"), export(target, "members"));
        Api.Answer audit = target.get("/api/audit?subjectType=Import&size=20");
        assertTrue(audit.body().contains("IMPORT_COMMITTED") && audit.body().contains("members: "), audit.body());
    }

    @Test
    void badInputGetsAClearErrorAndNothingIsStored() {
        Api target = emptySecretariat();
        String before = export(target, "members");
        String header = "email,firstName,lastName,title,organization,criterion,status,joinedOn,leftOn,phone\n";
        // wrong encoding: Latin-1, not UTF-8
        Api.Answer latin1 = upload(target, "organizations", true,
                "name,sector,kind\nZ\u00fcrich Re,PRIVATE,CORPORATION\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.status(), latin1.body());
        assertTrue(latin1.isProblem() && latin1.body().contains("NOT_UTF8") && latin1.body().contains("\"file\""), latin1.body());
        // a missing column
        Api.Answer missing = upload(target, "members", false, "email,firstName\na@x.example,Ann\n");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("MISSING_COLUMN") && missing.body().contains("lastName"), missing.body());
        // an empty file
        Api.Answer nothing = upload(target, "members", false, new byte[0]);
        assertEquals(400, nothing.status(), nothing.body());
        assertTrue(nothing.body().contains("EMPTY_FILE"), nothing.body());
        // duplicate emails, an unknown organisation, a date that is not a date: the dry run names each; a commit is 422
        String rows = header
                + "dup@x.example,Ann,Lee,Chief Security Officer,Nowhere Inc,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n"
                + "DUP@x.example,Ann,Lee,Chief Security Officer,Nowhere Inc,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n"
                + "date@x.example,Dee,Ng,Chief Security Officer,Nowhere Inc,SECURITY_PRACTITIONER,ACTIVE,1 March 2015,,\n";
        JsonObject dry = upload(target, "members", true, rows).object();
        String errors = dry.getJsonArray("errors").toString();
        assertTrue(errors.contains("\"row\":3") && errors.contains("DUPLICATE_EMAIL"), errors);
        assertTrue(errors.contains("UNKNOWN_ORGANIZATION") && errors.contains("\"field\":\"organization\""), errors);
        assertTrue(errors.contains("NOT_A_DATE") && errors.contains("\"field\":\"joinedOn\""), errors);
        Api.Answer refused = upload(target, "members", false, rows);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem() && refused.body().contains("IMPORT_NOT_CLEAN"), refused.body());
        // a 50 MB file: refused by its size before it is read
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Api.Answer tooLarge;
        try {
            tooLarge = upload(target, "members", true, big);
            assertEquals(413, tooLarge.status(), tooLarge.body());
            assertTrue(tooLarge.isProblem(), tooLarge.contentType());
        } catch (UncheckedIOException e) {
            // the server may close the connection while the client still sends: refused all the same
            assertTrue(e.getMessage() != null, e.toString());
        }
        assertEquals(before, export(target, "members"), "nothing was stored");
        Api.Answer unknownKind = target.sendBytes("POST", "/api/imports/boats?dryRun=true", "text/csv", "a\n".getBytes());
        assertEquals(404, unknownKind.status());
    }

    @Test
    void welcomeMailOnlyWhenAskedThenThroughTheOutbox() {
        Api target = emptySecretariat();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String org = "Welcome Org " + tag;
        assertEquals(200, upload(target, "organizations", false, "name,sector,kind\n" + org + ",PRIVATE,CORPORATION\n").status());
        String header = "email,firstName,lastName,title,organization,criterion,joinedOn\n";
        String quiet = "quiet-" + tag + "@x.example";
        assertEquals(200, upload(target, "members", false, header + quiet + ",Quinn,Quiet,Chief Security Officer," + org
                + ",SECURITY_PRACTITIONER,2015-03-01\n").status());
        assertEquals("[]", target.get("/api/notices?recipient=" + quiet).body(), "no mail unless the secretariat asks");
        String welcomed = "welcome-" + tag + "@x.example";
        Api.Answer answer = target.sendBytes("POST", "/api/imports/members?dryRun=false&welcome=true", "text/csv",
                (header + welcomed + ",Wanda,Welcome,Chief Security Officer," + org + ",SECURITY_PRACTITIONER,2016-03-01\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.body());
        String notices = target.get("/api/notices?recipient=" + welcomed).body();
        assertTrue(notices.contains("\"kind\":\"WELCOME\""), notices);
        assertTrue(target.get("/api/audit?subjectType=Import&size=5").body().contains("WELCOME_QUEUED"));
    }

    @Test
    void onlyTheSecretariatImportsAndExports() {
        for (String caller : List.of(Deployments.BOARD, Deployments.MEMBER)) {
            Api api = Api.as(base, caller, Deployments.DEMO_PASSWORD);
            assertEquals(403, api.text("/api/exports/members").status(), caller);
            assertEquals(403, upload(api, "members", true, "email\n").status(), caller);
        }
        assertEquals(401, Api.anonymous(base).text("/api/exports/members").status());
        assertEquals(401, upload(Api.anonymous(base), "organizations", true, "name\n").status());
    }

    @Test
    void formulaInjectionEveryCsvExportNeutralisesCellsThatStartAFormula() {
        String name = "=HYPERLINK(\"http://evil.example\") " + UUID.randomUUID();
        Api.Answer created = secretariat().post("/api/organizations", "{\"name\":\"" + name.replace("\"", "\\\"")
                + "\",\"sector\":\"PRIVATE\",\"kind\":\"CORPORATION\"}");
        assertEquals(201, created.status(), created.body());
        String csv = export(secretariat(), "organizations");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") "), csv);
        assertFalse(csv.lines().anyMatch(l -> l.startsWith("=")), csv);
        String compliance = secretariat().text("/api/compliance/export?period=2026-H1").body();
        assertFalse(compliance.lines().anyMatch(l -> l.matches("(^|.*,)[=+@-].*") && !l.matches(".*,-?\\d.*")),
                compliance);
    }

    @Test
    void browserWalkUploadDryRunReportAndCommit() throws Exception {
        String org = "Walk Security " + UUID.randomUUID().toString().substring(0, 8);
        Path good = Files.createTempFile("orgs", ".csv");
        Files.writeString(good, "\uFEFFname;sector;kind;region\n\"" + org + "\";PRIVATE;SECURITY_SERVICES;twin cities metro\n");
        Path bad = Files.createTempFile("orgs-bad", ".csv");
        Files.writeString(bad, "name,sector,kind\n" + org + " Two,PUBLIC,CORPORATION\n");
        try (Browser browser = new Browser(base)) {
            browser.signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD).open("/secretariat/import.xhtml");
            new Select(browser.waitFor(By.id("upload:kind"))).selectByVisibleText("organizations");
            browser.driver().findElement(By.id("upload:file")).sendKeys(bad.toAbsolutePath().toString());
            browser.click("upload:check");
            browser.waitForText(By.id("result:errors"), "ORGANIZATION_INVARIANT");
            assertFalse(browser.has(By.id("result:commit")), "a file with errors cannot be imported");
            new Select(browser.waitFor(By.id("upload:kind"))).selectByVisibleText("organizations");
            browser.driver().findElement(By.id("upload:file")).sendKeys(good.toAbsolutePath().toString());
            browser.click("upload:check");
            browser.waitForText(By.id("result:outcomes"), "CREATE");
            assertTrue(browser.text().contains("Dry run"), browser.text());
            assertFalse(secretariat().get("/api/organizations").body().contains(org), "a dry run stores nothing");
            browser.click("result:commit");
            browser.waitForText(By.id("upload:messages"), "Imported");
            assertTrue(secretariat().get("/api/organizations").body().contains(org), "the commit stored it");
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
    }
}
