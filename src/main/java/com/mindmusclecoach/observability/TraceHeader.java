package com.mindmusclecoach.observability;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The X-Ray trace header Lambda gives each invocation, {@code Root=1-5759e988-bd862e3fe1be46a994272793;
 * Parent=53995c3f42cd8ad8;Sampled=1}: the trace, the function's segment that our subsegments hang under, and whether
 * X-Ray keeps this trace. Anything else in the header ({@code Lineage}, fields added later) is ignored.
 */
public record TraceHeader(String root, String parent, boolean sampled) {

    private static final Pattern ROOT = Pattern.compile("1-[0-9a-f]{8}-[0-9a-f]{24}");
    private static final Pattern SEGMENT_ID = Pattern.compile("[0-9a-f]{16}");

    /** The header, or empty when there is none or it is not one Lambda would send (then nothing is traced). */
    public static Optional<TraceHeader> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String root = null;
        String parent = null;
        boolean sampled = false;
        for (String field : header.split(";")) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = field.substring(0, equals).strip();
            String value = field.substring(equals + 1).strip();
            switch (name) {
                case "Root" -> root = value;
                case "Parent" -> parent = value;
                case "Sampled" -> sampled = value.equals("1");
                default -> { }
            }
        }
        if (root == null || !ROOT.matcher(root).matches() || parent == null || !SEGMENT_ID.matcher(parent).matches()) {
            return Optional.empty();
        }
        return Optional.of(new TraceHeader(root, parent, sampled));
    }
}
