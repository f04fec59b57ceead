package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.Skill;
import com.amazon.ask.SkillStreamHandler;
import com.mindmusclecoach.progress.DeferredProgressRepository;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.observability.Metrics;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The AWS Lambda entry point: the skill, with progress in the DynamoDB table named by {@code TABLE_NAME}
 * (set by template.yaml) and the skill ID from {@code SKILL_ID}. Built once per container, at init, with the
 * DynamoDB client built on a second thread meanwhile; with SnapStart, {@link SnapStartPriming} warms it all
 * before the snapshot is taken.
 *
 * <p>Without {@code SKILL_ID} every request is refused (an error, logged once at init and on every request): a
 * function that answers any skill would let anyone's skill read and write our users' progress. Local tools and tests
 * that post requests for no particular skill set {@code ALLOW_ANY_SKILL=true} instead.
 */
public final class CoachStreamHandler extends SkillStreamHandler implements Resource {

    /** Longer than a read can take (DynamoDbClients gives up on a call after 2 s). */
    private static final long WARM_UP_WAIT_SECONDS = 5;

    private final String skillId;
    private final ProgressRepository progress;
    private final CompletableFuture<Void> warmedUp;
    /** The skill, each turn's metrics written: EMF on stdout on Lambda, nothing elsewhere (see {@link Metrics#forEnvironment}). */
    private final MeasuredSkill measured;

    public CoachStreamHandler() {
        this(System.getenv());
    }

    CoachStreamHandler(Map<String, String> env) {
        // The DynamoDB client starts building first: it is the longest step, and the catalogue needs none of it.
        this(CompletableFuture.supplyAsync(() -> progress(env.get("TABLE_NAME"))), CatalogueFile.standard(), env,
                Metrics.forEnvironment(env, System.out));
    }

    /** A handler on {@code progress} as it is, for tests of what runs on Lambda (priming). */
    CoachStreamHandler(ProgressRepository progress, Map<String, String> env) {
        this(progress, env, Metrics.forEnvironment(env, System.out));
    }

    /** As {@link #CoachStreamHandler(ProgressRepository, Map)}, its metrics going to {@code metrics}. */
    CoachStreamHandler(ProgressRepository progress, Map<String, String> env, Metrics metrics) {
        this(progress, CatalogueFile.standard(), CompletableFuture.completedFuture(null), env, metrics);
    }

    /**
     * Once the repository is built on the second thread, that thread reads a user who does not exist: while
     * this thread still builds the skill and reads the first request, the read loads and links the SDK's whole
     * call path (marshalling, signing, HTTP, unmarshalling) and opens a connection, so the first user's read is
     * quick. Nobody waits on it, except the SnapStart checkpoint, so no read is in flight in the snapshot.
     */
    private CoachStreamHandler(CompletableFuture<ProgressRepository> building, Catalogue catalogue, Map<String, String> env,
                               Metrics metrics) {
        this(new DeferredProgressRepository(building), catalogue, building.thenAcceptAsync(CoachStreamHandler::warmUp), env,
                metrics);
    }

    private CoachStreamHandler(ProgressRepository progress, Catalogue catalogue, CompletableFuture<Void> warmedUp,
                               Map<String, String> env, Metrics metrics) {
        this(new MeasuredSkill(skill(catalogue, progress, env), metrics), progress, warmedUp, env);
    }

    private CoachStreamHandler(MeasuredSkill measured, ProgressRepository progress, CompletableFuture<Void> warmedUp,
                               Map<String, String> env) {
        super(measured);
        this.measured = measured;
        this.skillId = skillId(env);
        this.progress = progress;
        this.warmedUp = warmedUp;
        Core.getGlobalContext().register(this);
    }

    /** The skill, or one refusing every request when it cannot tell its own (see {@link #refusal}), said once here. */
    private static Skill skill(Catalogue catalogue, ProgressRepository progress, Map<String, String> env) {
        String refusal = refusal(env);
        if (refusal != null) {
            LoggerFactory.getLogger(CoachStreamHandler.class).error(refusal);
            return CoachSkill.refusingEverything(refusal);
        }
        return CoachSkill.create(catalogue, progress, skillId(env), Clock.systemUTC(), timeZones(env), reminders(env));
    }

    private static String skillId(Map<String, String> env) {
        String id = env.get("SKILL_ID");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** Null when a skill ID is set, or any skill is allowed on purpose; otherwise what to do about it. */
    static String refusal(Map<String, String> env) {
        if (skillId(env) != null || "true".equalsIgnoreCase(String.valueOf(env.get("ALLOW_ANY_SKILL")).strip())) {
            return null;
        }
        return "SKILL_ID is not set, so this function would answer any skill's requests: every request is refused."
                + " Set SKILL_ID to the skill's ID (template.yaml's SkillId parameter), or ALLOW_ANY_SKILL=true for"
                + " local tools only.";
    }

    private static void warmUp(ProgressRepository progress) {
        try {
            progress.find(SnapStartPriming.PRIMING_USER);
        } catch (RuntimeException unavailable) {
            LoggerFactory.getLogger(CoachStreamHandler.class).debug("warm-up read failed; the first request will tell", unavailable);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            warmedUp.get(WARM_UP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notWarm) {
            LoggerFactory.getLogger(CoachStreamHandler.class).warn("warm-up read did not finish before the snapshot", notWarm);
        }
        SnapStartPriming.Primed primed;
        measured.quiet(true);
        try {
            primed = SnapStartPriming.prime(this, skillId, progress);
        } finally {
            measured.quiet(false);
        }
        LoggerFactory.getLogger(CoachStreamHandler.class).info("primed with {} turns; synthetic key stored {} set(s),"
                + " race lost: {}, deleted: {}", primed.said().size(), primed.setsStored(), primed.raceLost(), primed.deleted());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Each restored environment's first turn is its cold start.
        measured.restored();
        // Nothing to renew: the SDK's pooled connections from priming have idled past their keep-alive and are not
        // reused. Priming's save ids were drawn with UUID.randomUUID, whose SecureRandom (NativePRNG on Linux) mixes
        // in /dev/urandom on every draw, so environments restored from one snapshot still draw unique ids; nothing
        // seeded before the snapshot is reused.
    }

    /**
     * On Lambda the device's time zone comes from the Alexa Settings API; elsewhere (tests, benchmarks) this
     * entry point never calls out, and training days are UTC days.
     */
    private static TimeZones timeZones(Map<String, String> env) {
        return env.get("AWS_LAMBDA_FUNCTION_NAME") != null ? new AlexaSettingsTimeZones() : TimeZones.NONE;
    }

    /** On Lambda, the Alexa Reminders API; elsewhere (tests, benchmarks) none: reminders are said to be unreachable. */
    private static Reminders reminders(Map<String, String> env) {
        return env.get("AWS_LAMBDA_FUNCTION_NAME") != null ? new AlexaReminders() : Reminders.NONE;
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
