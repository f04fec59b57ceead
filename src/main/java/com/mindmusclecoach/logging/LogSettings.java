package com.mindmusclecoach.logging;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * How log lines are written, from the environment: JSON lines when Lambda's log format is JSON
 * ({@code AWS_LAMBDA_LOG_FORMAT}, set by Lambda from the function's LoggingConfig) or, without a format, on Lambda
 * ({@code AWS_LAMBDA_FUNCTION_NAME} set); readable text elsewhere; the lowest level written from {@code AWS_LAMBDA_LOG_LEVEL} (INFO without it); user and
 * person ids as a keyed HMAC-SHA256 under {@code LOG_ID_KEY}, the same in every container and version that share the
 * key, or, without a key, not at all ({@value #REDACTED}).
 */
public final class LogSettings {

    public static final String REDACTED = "redacted";
    private static final int HASH_BYTES = 12;

    private final boolean json;
    private final LogLevel threshold;
    private final byte[] idKey;

    private LogSettings(boolean json, LogLevel threshold, byte[] idKey) {
        this.json = json;
        this.threshold = threshold;
        this.idKey = idKey;
    }

    public static LogSettings from(Map<String, String> env) {
        String key = env.get("LOG_ID_KEY");
        String format = env.get("AWS_LAMBDA_LOG_FORMAT");
        boolean json = format == null || format.isBlank() ? env.get("AWS_LAMBDA_FUNCTION_NAME") != null
                : "JSON".equalsIgnoreCase(format.strip());
        return new LogSettings(json,
                LogLevel.parse(env.get("AWS_LAMBDA_LOG_LEVEL"), LogLevel.INFO),
                key == null || key.isBlank() ? null : key.strip().getBytes(StandardCharsets.UTF_8));
    }

    public boolean json() {
        return json;
    }

    public boolean enabled(LogLevel level) {
        return level.compareTo(threshold) >= 0;
    }

    /** The id as it may be logged: its keyed hash, or {@value #REDACTED} without a key. */
    public String id(String id) {
        if (id == null) {
            return null;
        }
        if (idKey == null) {
            return REDACTED;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (GeneralSecurityException unavailable) {
            return REDACTED;
        }
    }

    @Override
    public String toString() {
        return (json ? "json" : "text") + " from " + threshold.name().toLowerCase(Locale.ROOT);
    }
}
