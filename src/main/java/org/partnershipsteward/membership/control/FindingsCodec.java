package org.partnershipsteward.membership.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsteward.eligibility.control.Finding;

/** Pre-screen findings as stored with an application (JSON). */
public final class FindingsCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LIST = new ArrayList<Finding>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();

    private FindingsCodec() {
    }

    public static String toJson(List<Finding> findings) {
        return JSONB.toJson(findings, LIST);
    }

    public static List<Finding> fromJson(String json) {
        List<Finding> findings = JSONB.fromJson(json, LIST);
        return findings == null ? List.of() : List.copyOf(findings);
    }
}
