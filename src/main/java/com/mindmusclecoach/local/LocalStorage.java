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
 * {@value #DATA_DIR} (or the folder of {@code --data DIR}), so progress lasts between runs; the DynamoDB that
 * {@code AWS_ENDPOINT_URL_DYNAMODB} points at; real AWS with {@code --aws}; or memory with {@code --memory}.
 * <p>
 * Memory only when asked: if the engine cannot start, the coach stops and says why, rather than coaching a
 * returning user as a stranger and forgetting what they do.
 */
final class LocalStorage implements AutoCloseable {

    static final String DATA_DIR = "local-data/dynamodb";
    static final String DEFAULT_TABLE = "mind-muscle-coach-progress";
    /** The exit status when progress cannot be kept where asked. */
    static final int CANNOT_KEEP_PROGRESS = 3;

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
        String folder = value(options, "--data", DATA_DIR);
        DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, Path.of(folder));
        try {
            ProgressTable.createIfMissing(engine.client(), table);
        } catch (RuntimeException e) {
            engine.close();
            throw new EngineUnavailableException("the DynamoDB engine started but the progress table could not be"
                    + " created in " + folder + " (" + e.getMessage() + ")", "if " + folder + " is damaged, move it"
                    + " aside (progress then starts afresh), or choose another folder with --data DIR", e);
        }
        return new LocalStorage(repository(engine.client(), table), "kept in " + folder, engine);
    }

    /**
     * {@link #open} for the coach's main methods: if progress cannot be kept where asked, says what is wrong and
     * how to fix it on standard error and exits with status {@value #CANNOT_KEEP_PROGRESS}.
     */
    static LocalStorage openOrExit(List<String> options, Map<String, String> env) {
        try {
            return open(options, env);
        } catch (EngineUnavailableException e) {
            System.err.println("Cannot keep progress: " + e.getMessage() + "\nTo fix it: " + e.fix()
                    + ".\nOr add --memory to keep progress in memory for this run only (it is forgotten when the coach"
                    + " stops).");
            System.exit(CANNOT_KEEP_PROGRESS);
            throw e;
        }
    }

    private static String value(List<String> options, String name, String fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() ? options.get(index + 1) : fallback;
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
