package org.partnershipsteward.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+31 20 555", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\")"})
    void formulaInjectionCellsStartingWithEqualsPlusMinusAtTabOrReturnGetAnApostrophe(String value) {
        assertEquals("'" + value, CsvCells.neutralize(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chief of Police", "a=b", "1-2", "", "'quoted"})
    void formulaInjectionOrdinaryCellsAreWrittenAsTheyAre(String value) {
        assertEquals(value, CsvCells.neutralize(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "-2", "@x", "plain", "'quoted", "'"})
    void formulaInjectionNeutralisedCellsReadBackAsTheyWere(String value) {
        assertEquals(value, CsvCells.restore(CsvCells.neutralize(value)));
    }

    @ParameterizedTest
    @ValueSource(ints = {42})
    void formulaInjectionNumbersAreNotText(int value) {
        assertEquals(value, CsvCells.cell(value));
    }
}
