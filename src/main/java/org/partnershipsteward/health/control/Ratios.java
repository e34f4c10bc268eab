package org.partnershipsteward.health.control;

import java.util.List;

/** Small arithmetic shared by the measures. */
final class Ratios {

    private Ratios() {
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when the whole is empty. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** The median of the values (mean of the middle two for an even count); null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static Double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
