package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP endpoint of {@code serve} (verification off, on a free loopback port) with progress in DynamoDB
 * (dynalite), under sixteen users training two whole workouts each, all at once, with no pause between turns.
 * Correctness only: no error, no set lost, none counted twice. How fast it goes is {@link LoadBenchmark}'s
 * business; shared build machines are too noisy for timing assertions.
 *
 * <p>Each user trains on one device here. Two devices of one user saving within milliseconds of each other, over
 * and over, can make a save give up after its four lost races; when that is the session's last save the user is
 * told the progress could not be saved (see docs/RELIABILITY.md). Lost races themselves are tested turn by turn
 * in {@link StorageFaultTest}; the benchmark can add two-device users.
 */
class HttpLoadTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    @Test
    void sixteenUsersTrainingAtOnce_shouldGetOnlyValidAnswers_andLoseNoSet() throws Exception {
        DynamoDbProgressRepository storage = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE,
                Clock.systemUTC());
        try (LocalEndpoint endpoint = LocalEndpoint.start(CoachSkill.create(CatalogueFile.standard(), storage, null), null, null)) {
            LoadRun.Result result = LoadRun.run(endpoint.uri(), storage,
                    new LoadRun.Plan(16, 0, 2, Instant.now().plusSeconds(90), 16));

            System.out.println("load test: " + result.summary());
            assertThat(result.errors()).isEmpty();
            assertThat(result.lost()).as("sets lost").isZero();
            assertThat(result.extra()).as("sets counted twice").isZero();
            assertThat(result.devices()).isEqualTo(16);
            assertThat(result.workouts()).isGreaterThanOrEqualTo(result.devices());
        }
    }
}
