package org.partnershipsteward.health.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.health.control.WorksheetTemplate;
import org.partnershipsteward.platform.web.Messages;

/** The yearly self-assessment as a guided form, with last year's answers beside each question. */
@Named
@ViewScoped
public class WorksheetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Worksheets worksheets;

    @Inject
    transient Health health;

    @Inject
    transient org.partnershipsteward.platform.config.PartnershipConfig config;

    private Integer year;
    private HashMap<String, String> answers;
    private HashMap<String, String> previous;
    private Integer previousYear;
    private String updated;

    public void load() {
        if (year == null) {
            year = health.today().getYear();
        }
        show(worksheets.compare(year));
    }

    private void show(Worksheets.Comparison c) {
        answers = new HashMap<>(c.answers());
        previous = new HashMap<>(c.previous());
        previousYear = c.previousYear();
        updated = c.updatedAt() == null ? null : "Last saved by " + c.updatedBy() + " on "
                + LocalDate.ofInstant(c.updatedAt(), config.zone());
    }

    public void save() {
        Worksheets.Comparison saved = Messages.attempt(() -> worksheets.save(year, answers));
        if (saved != null) {
            show(saved);
            Messages.info("The " + year + " worksheet is saved.");
        }
    }

    public List<WorksheetTemplate.Step> getSteps() {
        return WorksheetTemplate.STEPS;
    }

    public List<Integer> getYears() {
        List<Integer> years = new java.util.ArrayList<>(worksheets.years());
        int thisYear = health.today().getYear();
        if (!years.contains(thisYear)) {
            years.add(0, thisYear);
        }
        return years;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getPrevious() {
        return previous;
    }

    public Integer getPreviousYear() {
        return previousYear;
    }

    public String getUpdated() {
        return updated;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
