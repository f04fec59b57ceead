package com.mindmusclecoach.progress.dynamodb;

import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.time.Duration;

/**
 * The progress table for local runs and tests. In AWS the table belongs to the deployment template
 * ({@code AWS::DynamoDB::Table}, {@code PAY_PER_REQUEST}, hash key {@value #KEY} of type S); the skill never
 * creates tables there.
 */
public final class ProgressTable {

    /**
     * The partition key: the trainee's storage id, the Alexa user ID for the account's own progress and
     * {@code <account>#<person>} for a recognized voice (see {@link com.mindmusclecoach.progress.Trainee} and
     * docs/STORAGE.md). Its name and type never change: the deployed table is retained, and a new key would replace it.
     */
    public static final String KEY = "userId";

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_POLLS = 300;

    private ProgressTable() {
    }

    /** Creates {@code table} unless it exists, and returns once it is ACTIVE. */
    public static void createIfMissing(DynamoDbClient client, String table) {
        if (!exists(client, table)) {
            try {
                client.createTable(b -> b.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName(KEY).attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName(KEY).keyType(KeyType.HASH).build()));
            } catch (ResourceInUseException createdMeanwhile) {
                // someone else created it first: wait for it like for our own
            }
        }
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(client)
                .overrideConfiguration(w -> w.maxAttempts(MAX_POLLS)
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL)))
                .build()) {
            waiter.waitUntilTableExists(b -> b.tableName(table)).matched().exception().ifPresent(e -> {
                throw new IllegalStateException("table " + table + " did not become active", e);
            });
        }
    }

    private static boolean exists(DynamoDbClient client, String table) {
        try {
            client.describeTable(b -> b.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }
}
