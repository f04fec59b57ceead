package com.mindmusclecoach.local;

import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.ProgressTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Where the local coach keeps progress: by default an embedded DynamoDB-compatible engine with its data in
 * {@value #DATA_DIR}, so progress lasts between runs; the DynamoDB that {@code AWS_ENDPOINT_URL_DYNAMODB} points
 * at; real AWS with {@code --aws}; or memory with {@code --memory}.
 */
final class LocalStorage implements AutoCloseable {

    static final String DATA_DIR = "local-data/dynamodb";
    static final String DEFAULT_TABLE = "mind-muscle-coach-progress";

    private final ProgressRepository repository;
    private final String description;
    private final AutoCloseable resource;

    private LocalStorage(ProgressRepository repository, String description, AutoCloseable resource) {
        this.repository = repository;
        this.description = description;
        this.resource = resource;
    }

    static LocalStorage open(List<String> options, Map<String, String> env) {
        if (options.contains("--memory")) {
            return new LocalStorage(new InMemoryProgressRepository(), "in memory, for this run only", () -> { });
        }
        String table = env.getOrDefault("TABLE_NAME", DEFAULT_TABLE);
        if (options.contains("--aws")) {
            DynamoDbClient client = DynamoDbClients.standard();
            return new LocalStorage(repository(client, table), "DynamoDB table " + table + " on AWS", client);
        }
        String endpoint = env.get("AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint != null && !endpoint.isBlank()) {
            DynamoDbClient client = DynamoDbClients.forEndpoint(URI.create(endpoint));
            ProgressTable.createIfMissing(client, table);
            return new LocalStorage(repository(client, table), "DynamoDB table " + table + " at " + endpoint, client);
        }
        try {
            DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, Path.of(DATA_DIR));
            ProgressTable.createIfMissing(engine.client(), table);
            return new LocalStorage(repository(engine.client(), table), "kept in " + DATA_DIR, engine);
        } catch (IllegalStateException cannotStart) {
            return new LocalStorage(new InMemoryProgressRepository(),
                    "in memory only, because " + cannotStart.getMessage(), () -> { });
        }
    }

    ProgressRepository repository() {
        return repository;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the local DynamoDB engine", e);
        }
    }

    private static ProgressRepository repository(DynamoDbClient client, String table) {
        return new DynamoDbProgressRepository(client, table, Clock.systemUTC());
    }
}
