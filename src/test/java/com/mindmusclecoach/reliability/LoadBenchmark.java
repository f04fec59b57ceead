package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.local.DynaliteEngine;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.ProgressTable;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Throughput and latency of the HTTP endpoint with progress in DynamoDB (dynalite on loopback), under simulated
 * users training whole workouts for a fixed time, then the same correctness check as {@link HttpLoadTest}:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.mindmusclecoach.reliability.LoadBenchmark -Dexec.args="--users 32 --seconds 30"
 * </pre>
 *
 * Options: {@code --users N} (default 32), {@code --seconds N} of measured load (default 30),
 * {@code --two-devices-every N} (every n-th user also trains on a second device at the same time, with no pause
 * between turns: a stress of one user's optimistic locking; default 0, none).
 * A short warm-up runs first and is not measured. Everything stays on loopback and stops by itself.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int users = option(options, "--users", 32);
        int seconds = option(options, "--seconds", 30);
        int twoDevicesEvery = option(options, "--two-devices-every", 0);
        try (DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, null)) {
            ProgressTable.createIfMissing(engine.client(), "benchmark");
            DynamoDbProgressRepository storage = new DynamoDbProgressRepository(engine.client(), "benchmark", Clock.systemUTC());
            try (LocalEndpoint endpoint = LocalEndpoint.start(CoachSkill.create(CatalogueFile.standard(), storage, null), null, null)) {
                LoadRun.Result warmUp = LoadRun.run(endpoint.uri(), storage,
                        new LoadRun.Plan(4, 0, 2, Instant.now().plusSeconds(20), 1));
                System.out.println("warm-up:  " + warmUp.summary());
                LoadRun.Result result = LoadRun.run(endpoint.uri(), storage,
                        new LoadRun.Plan(users, twoDevicesEvery, Integer.MAX_VALUE, Instant.now().plusSeconds(seconds), 42));
                System.out.println("measured: " + result.summary());
                System.out.printf("machine:  %d cores, Java %s, %s %s; endpoint: %d server threads, dynalite on loopback%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        System.getProperty("os.name"), System.getProperty("os.arch"), LocalEndpoint.SERVE_THREADS);
                result.errors().stream().limit(10).forEach(e -> System.out.println("error: " + e));
            }
        }
    }

    private static int option(List<String> options, String name, int fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() ? Integer.parseInt(options.get(index + 1)) : fallback;
    }
}
