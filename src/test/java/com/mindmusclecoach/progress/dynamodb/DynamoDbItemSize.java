package com.mindmusclecoach.progress.dynamodb;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it (developer guide, "DynamoDB item sizes and formats"): attribute name
 * bytes plus value bytes; strings in UTF-8; a number 1 byte plus 1 per pair of significant digits (pairs
 * aligned on the decimal point, as DynamoDB stores base-100 digits), plus 1 if negative; a list or map 3
 * bytes plus 1 per element; null and boolean 1 byte.
 */
final class DynamoDbItemSize {

    private DynamoDbItemSize() {
    }

    static int of(Map<String, AttributeValue> item) {
        return item.entrySet().stream().mapToInt(e -> utf8(e.getKey()) + value(e.getValue())).sum();
    }

    static int value(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> value.b().asByteArray().length;
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToInt(DynamoDbItemSize::utf8).sum();
            case NS -> value.ns().stream().mapToInt(DynamoDbItemSize::number).sum();
            case BS -> value.bs().stream().map(SdkBytes::asByteArray).mapToInt(b -> b.length).sum();
            case L -> 3 + value.l().stream().mapToInt(e -> 1 + value(e)).sum();
            case M -> 3 + value.m().entrySet().stream().mapToInt(e -> 1 + utf8(e.getKey()) + value(e.getValue())).sum();
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("unknown type: " + value);
        };
    }

    static int number(String text) {
        BigDecimal number = new BigDecimal(text).stripTrailingZeros();
        if (number.signum() == 0) {
            return 1;
        }
        int digits = number.unscaledValue().abs().toString().length();
        int highest = digits - 1 - number.scale();
        int lowest = -number.scale();
        int pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
        return 1 + pairs + (number.signum() < 0 ? 1 : 0);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
