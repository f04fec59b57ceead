package com.mindmusclecoach.skill;

import com.amazon.ask.SkillStreamHandler;
import com.mindmusclecoach.progress.DeferredProgressRepository;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.workout.Catalogue;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The AWS Lambda entry point: the skill, with progress in the DynamoDB table named by {@code TABLE_NAME}
 * (set by template.yaml) and the skill ID from {@code SKILL_ID}. Built once per container, at init, with the
 * DynamoDB client built on a second thread meanwhile; with SnapStart, {@link SnapStartPriming} warms it all
 * before the snapshot is taken.
 */
public final class CoachStreamHandler extends SkillStreamHandler implements Resource {

    private final Catalogue catalogue;
    private final ProgressRepository progress;

    public CoachStreamHandler() {
        // The DynamoDB client starts building first: it is the longest step, and the catalogue needs none of it.
        this(new DeferredProgressRepository(building(System.getenv("TABLE_NAME"))), Catalogue.standard());
    }

    /**
     * The repository, built on a second thread, which then reads a user who does not exist: while this thread
     * still builds the skill and reads the first request, that read loads and links the SDK's whole call path
     * (marshalling, signing, HTTP, unmarshalling) and opens a connection, so the first user's read is quick.
     */
    private static CompletableFuture<ProgressRepository> building(String table) {
        CompletableFuture<ProgressRepository> building = CompletableFuture.supplyAsync(() -> progress(table));
        building.thenAcceptAsync(CoachStreamHandler::warmUp);
        return building;
    }

    private static void warmUp(ProgressRepository progress) {
        try {
            progress.find(SnapStartPriming.PRIMING_USER);
        } catch (RuntimeException unavailable) {
            // The first request will find storage as it is; nobody waits on this read.
        }
    }

    private CoachStreamHandler(ProgressRepository progress, Catalogue catalogue) {
        super(CoachSkill.create(catalogue, progress, System.getenv("SKILL_ID"), Clock.systemUTC(), timeZones()));
        this.catalogue = catalogue;
        this.progress = progress;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        SnapStartPriming.prime(catalogue, progress);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the SDK's pooled connections from priming have idled past their keep-alive and
        // are not reused, and nothing random was drawn before the snapshot.
    }

    /**
     * On Lambda the device's time zone comes from the Alexa Settings API; elsewhere (tests, benchmarks) this
     * entry point never calls out, and training days are UTC days.
     */
    private static TimeZones timeZones() {
        return System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null ? new AlexaSettingsTimeZones() : TimeZones.NONE;
    }

    private static ProgressRepository progress(String table) {
        if (table == null || table.isBlank()) {
            LoggerFactory.getLogger(CoachStreamHandler.class)
                    .warn("TABLE_NAME is not set: progress is kept in memory and lost when this container stops");
            return new InMemoryProgressRepository();
        }
        return new DynamoDbProgressRepository(DynamoDbClients.standard(), table, Clock.systemUTC());
    }
}
