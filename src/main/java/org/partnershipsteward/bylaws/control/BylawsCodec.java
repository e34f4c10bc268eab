package org.partnershipsteward.bylaws.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

/** Reads and writes bylaws documents as JSON; knows the shipped TCSP default. */
public final class BylawsCodec {

    public static final String DEFAULT_RESOURCE = "/bylaws/tcsp-default.json";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private BylawsCodec() {
    }

    public static String toJson(BylawsDocument document) {
        return JSONB.toJson(document);
    }

    public static BylawsDocument fromJson(String json) {
        return JSONB.fromJson(json, BylawsDocument.class);
    }

    /** The TCSP bylaws shipped with the product, version 1. */
    public static BylawsDocument tcspDefault() {
        try (InputStream in = BylawsCodec.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
