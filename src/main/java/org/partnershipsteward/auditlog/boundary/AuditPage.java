package org.partnershipsteward.auditlog.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.auditlog.control.AuditQuery;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /secretariat/audit.xhtml}: the audit trail with the API's filters, loaded a page at a time. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    @Inject
    transient PartnershipConfig config;

    private String subjectType;
    private String subjectId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery filter = AuditQuery.parse(null, null, null, null, null, null, null, java.time.ZoneOffset.UTC);

    private final LazyDataModel<AuditView> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(Math.min(log.count(filter), Integer.MAX_VALUE));
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, AuditQuery.MAX_SIZE));
            AuditQuery page = new AuditQuery(filter.subjectType(), filter.subjectId(), filter.actor(), filter.from(),
                    filter.toExclusive(), first / size + 1, size);
            return log.search(page).stream().map(AuditView::of).toList();
        }
    };

    /** Applies the filters; a bad one is a message next to the form and the previous filter stays. */
    public void search() {
        try {
            filter = AuditQuery.parse(subjectType, subjectId, actor, from == null ? null : from.toString(),
                    to == null ? null : to.toString(), null, null, config.zone());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> Messages.error(field + ": " + message));
        }
    }

    public LazyDataModel<AuditView> getEntries() {
        return entries;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
