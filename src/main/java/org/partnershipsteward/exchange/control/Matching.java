package org.partnershipsteward.exchange.control;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Matches a row's value with the stored one: new, the same, or changed in the named columns. */
final class Matching {

    private Matching() {
    }

    static <V extends Record> PlannedRow<V> plan(int row, String key, V value, V stored) {
        if (stored == null) {
            return new PlannedRow<>(row, key, RowAction.CREATE, value, null, List.of());
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(value), component.getAccessor().invoke(stored))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return new PlannedRow<>(row, key, changed.isEmpty() ? RowAction.UNCHANGED : RowAction.UPDATE, value, stored,
                List.copyOf(changed));
    }
}
