package com.mindmusclecoach.progress.dynamodb;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoDbItemSizeTest {

    @Test
    void number_shouldCountOneBytePlusOnePerDigitPair_whenDigitsAlignOnPairs() {
        assertThat(DynamoDbItemSize.number("7")).isEqualTo(2);
        assertThat(DynamoDbItemSize.number("12")).isEqualTo(2);
        assertThat(DynamoDbItemSize.number("1234")).isEqualTo(3);
        assertThat(DynamoDbItemSize.number("20528")).isEqualTo(4);
    }

    @Test
    void number_shouldTrimZeroesAndCountSign_whenPresent() {
        assertThat(DynamoDbItemSize.number("0")).isEqualTo(1);
        assertThat(DynamoDbItemSize.number("1200")).isEqualTo(2);
        assertThat(DynamoDbItemSize.number("120")).isEqualTo(3);
        assertThat(DynamoDbItemSize.number("-12")).isEqualTo(3);
        assertThat(DynamoDbItemSize.number("0.5")).isEqualTo(2);
    }

    @Test
    void of_shouldAddNamesValuesAndContainerOverhead_whenItemIsNested() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS("héllo"));
        item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("12"), AttributeValue.fromBool(true))));
        item.put("m", AttributeValue.fromM(Map.of("ab", AttributeValue.fromS("xyz"))));
        item.put("e", AttributeValue.fromM(Map.of()));

        // id: 2 + 6 (é is two bytes); l: 1 + 3 + (1 + 2) + (1 + 1); m: 1 + 3 + 1 + 2 + 3; e: 1 + 3
        assertThat(DynamoDbItemSize.of(item)).isEqualTo(8 + 9 + 10 + 4);
    }
}
