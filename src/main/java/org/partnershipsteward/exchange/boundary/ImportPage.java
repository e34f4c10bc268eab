package org.partnershipsteward.exchange.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partnershipsteward.exchange.control.ImportKind;
import org.partnershipsteward.exchange.control.Report;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;

/**
 * {@code /secretariat/import.xhtml}: upload a CSV file, see the dry run's report (per row what it does, every error and
 * warning), then import the same file; and download the exports. The uploaded file is kept in the view between the
 * dry run and the import, so what is committed is what was checked.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Imports imports;

    @Inject
    transient Exports exports;

    @Inject
    transient PartnershipConfig config;

    private String kind = ImportKind.MEMBERS.path();
    private transient Part file;
    private byte[] checked;
    private String checkedKind;
    private String fileName;
    private boolean welcome;
    private ImportReportView report;

    public List<String> getKinds() {
        return java.util.Arrays.stream(ImportKind.values()).map(ImportKind::path).toList();
    }

    /** Reads the upload (refusing one over the limit before reading it) and runs the dry run. */
    public void check() {
        report = null;
        checked = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a CSV file to check (the file you chose is empty).");
            return;
        }
        if (file.getSize() > config.importMaxBytes()) {
            Messages.error("The file is larger than " + config.importMaxBytes() / (1024 * 1024) + " MB, the most an "
                    + "import takes; split it (e.g. by organisation).");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) file.getSize());
        } catch (IOException e) {
            Messages.error("The upload broke off; choose the file again.");
            return;
        }
        ImportKind what = ImportKind.of(kind).orElse(ImportKind.MEMBERS);
        Report result = Messages.attempt(() -> imports.run(what, bytes, false, false));
        if (result != null) {
            checked = bytes;
            checkedKind = what.path();
            fileName = file.getSubmittedFileName();
            report = ImportReportView.of(result, true);
            if (result.clean()) {
                Messages.info("Dry run of " + fileName + ": no errors. Nothing is stored yet; import it below.");
            } else {
                Messages.error("Dry run of " + fileName + ": " + report.errors().size()
                        + " error(s). Nothing can be imported until the file is corrected.");
            }
        }
    }

    /** Imports the file the dry run checked, all or nothing. */
    public void commit() {
        if (checked == null || report == null || !report.errors().isEmpty()) {
            Messages.error("Check a file without errors first.");
            return;
        }
        ImportKind what = ImportKind.of(checkedKind).orElseThrow();
        Report result = Messages.attempt(() -> imports.run(what, checked, true, welcome));
        if (result == null) {
            return;
        }
        report = ImportReportView.of(result, false);
        if (result.clean()) {
            Messages.info("Imported " + fileName + ": " + report.created() + " created, " + report.updated()
                    + " updated, " + report.unchanged() + " unchanged" + (welcome && what == ImportKind.MEMBERS
                    ? "; welcome mails are queued in batches." : "."));
            checked = null;
        } else {
            Messages.error("Nothing was imported: what is stored changed since the dry run; see the errors below.");
        }
    }

    /** Sends the export of the chosen kind as a download. */
    public void export() throws IOException {
        ImportKind what = ImportKind.of(kind).orElse(ImportKind.MEMBERS);
        byte[] csv = exports.csv(what).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + what.path() + ".csv\"");
        external.setResponseContentLength(csv.length);
        external.getResponseOutputStream().write(csv);
        faces.responseComplete();
    }

    public boolean isCommittable() {
        return checked != null && report != null && report.dryRun() && report.errors().isEmpty();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isWelcome() {
        return welcome;
    }

    public void setWelcome(boolean welcome) {
        this.welcome = welcome;
    }

    public ImportReportView getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public long getMaxMegabytes() {
        return config.importMaxBytes() / (1024 * 1024);
    }
}
