package com.mindmusclecoach.progress.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run by {@link DynamoDbClientsTest} in a JVM of its own, with the environment under test: prints the region
 * of {@link DynamoDbClients#standard()} and, when its endpoint is on loopback (never anywhere else), the tables
 * found there.
 */
public final class StandardClientProbe {

    private StandardClientProbe() {
    }

    public static void main(String[] args) {
        try (DynamoDbClient client = DynamoDbClients.standard()) {
            System.out.println("region=" + client.serviceClientConfiguration().region());
            String endpoint = client.serviceClientConfiguration().endpointOverride().map(Object::toString).orElse("");
            System.out.println("endpoint=" + endpoint);
            if (endpoint.startsWith("http://127.0.0.1:")) {
                System.out.println("tables=" + client.listTables().tableNames());
            }
        }
    }
}
