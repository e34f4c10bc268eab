package org.partnershipsteward.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.partnershipsteward.platform.csv.CsvCells;
import org.primefaces.component.datatable.export.DataTableCSVExporter;

/**
 * The CSV exporter of every page table ({@code <p:dataExporter type="csv" exporter="#{safeCsv.exporter}">}): PrimeFaces'
 * own, with each cell neutralised against formula injection ({@link CsvCells}) before it is quoted.
 */
@Named("safeCsv")
@ApplicationScoped
public class SafeCsvExporter {

    /** A fresh exporter per export (PrimeFaces exporters keep state while they write). */
    public DataTableCSVExporter getExporter() {
        return new Neutralizing();
    }

    static final class Neutralizing extends DataTableCSVExporter {
        @Override
        protected String escapeQuotes(String value) {
            return super.escapeQuotes(CsvCells.neutralize(value));
        }
    }
}
