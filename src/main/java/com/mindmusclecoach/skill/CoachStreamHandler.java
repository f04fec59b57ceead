package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.Skill;
import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.logging.LogSettings;
import com.mindmusclecoach.logging.Turn;
import com.mindmusclecoach.progress.DeferredProgressRepository;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.observability.Metrics;
import com.mindmusclecoach.observability.Tracing;
import com.mindmusclecoach.workout.Catalogue;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The AWS Lambda entry point: the skill, with progress in the DynamoDB table named by {@code TABLE_NAME}
 * (set by template.yaml) and the skill ID from {@code SKILL_ID}. Built once per container, at init, with the
 * DynamoDB client built on a second thread meanwhile; with SnapStart, {@link SnapStartPriming} warms it all
 * before the snapshot is taken.
 *
 * <p>Without {@code SKILL_ID} every request is refused (an error, logged once at init and on every request): a
 * function that answers any skill would let anyone's skill read and write our users' progress. Local tools and tests
 * that post requests for no particular skill set {@code ALLOW_ANY_SKILL=true} instead.
 *
 * <p>Each invocation is a {@link Turn} for the log: every line written while it runs carries the Lambda request id,
 * whether it is the container's first (cold start), the request type and intent, and the user's and person's ids as
 * keyed hashes only ({@link LogSettings}); it ends with one access line (phase, latency, outcome) at INFO.
 */
public final class CoachStreamHandler implements RequestStreamHandler, Resource {

    /** Longer than a read can take (DynamoDbClients gives up on a call after 2 s). */
    private static final long WARM_UP_WAIT_SECONDS = 5;

    private static final ObjectMapper ENVELOPES = new ObjectMapper();

    private final SkillStreamHandler skill;
    private final String skillId;
    private final ProgressRepository progress;
    private final CompletableFuture<Void> warmedUp;
    private final LogSettings logs;
    private final AtomicBoolean coldStart = new AtomicBoolean(true);
    private volatile boolean priming;
    /** The skill, each turn's metrics written: EMF on stdout on Lambda, nothing elsewhere (see {@link Metrics#forEnvironment}). */
    private final MeasuredSkill measured;
    /** X-Ray subsegments of each sampled turn's calls out (see {@link Tracing}). */
    private final Tracing tracing;
    /** Priming's tracing, sent nowhere ({@link Tracing#forPriming}); {@link Tracing#OFF} but while priming. */
    private volatile Tracing primingTracing = Tracing.OFF;
    /** False once the runtime's {@code Context} turned out to predate {@code getXrayTraceId}. */
    private static volatile boolean contextKnowsTraces = true;

    public CoachStreamHandler() {
        this(System.getenv());
    }

    CoachStreamHandler(Map<String, String> env) {
        // The DynamoDB client starts building first: it is the longest step, and the catalogue needs none of it.
        this(CompletableFuture.supplyAsync(() -> progress(env.get("TABLE_NAME"))), CatalogueFile.standard(), env,
                Metrics.forEnvironment(env, System.out), Tracing.forEnvironment(env));
    }

    /** A handler on {@code progress} as it is, for tests of what runs on Lambda (priming). */
    CoachStreamHandler(ProgressRepository progress, Map<String, String> env) {
        this(progress, env, Metrics.forEnvironment(env, System.out));
    }

    /** As {@link #CoachStreamHandler(ProgressRepository, Map)}, its metrics going to {@code metrics}. */
    CoachStreamHandler(ProgressRepository progress, Map<String, String> env, Metrics metrics) {
        this(progress, env, metrics, Tracing.forEnvironment(env));
    }

    /** As {@link #CoachStreamHandler(ProgressRepository, Map, Metrics)}, traced by {@code tracing}. */
    CoachStreamHandler(ProgressRepository progress, Map<String, String> env, Metrics metrics, Tracing tracing) {
        this(progress, CatalogueFile.standard(), CompletableFuture.completedFuture(null), env, metrics, tracing);
    }

    /**
     * Once the repository is built on the second thread, that thread reads a user who does not exist: while
     * this thread still builds the skill and reads the first request, the read loads and links the SDK's whole
     * call path (marshalling, signing, HTTP, unmarshalling) and opens a connection, so the first user's read is
     * quick. Nobody waits on it, except the SnapStart checkpoint, so no read is in flight in the snapshot.
     */
    private CoachStreamHandler(CompletableFuture<ProgressRepository> building, Catalogue catalogue, Map<String, String> env,
                               Metrics metrics, Tracing tracing) {
        this(new DeferredProgressRepository(building), catalogue, building.thenAcceptAsync(CoachStreamHandler::warmUp), env,
                metrics, tracing);
    }

    private CoachStreamHandler(ProgressRepository progress, Catalogue catalogue, CompletableFuture<Void> warmedUp,
                               Map<String, String> env, Metrics metrics, Tracing tracing) {
        this.logs = LogSettings.from(env);
        try (Turn init = Turn.begin(logs).with("phase", "init")) {
            this.measured = new MeasuredSkill(skill(catalogue, progress, env), metrics);
            this.skill = new SkillStreamHandler(measured) { };
        }
        this.skillId = skillId(env);
        this.tracing = tracing;
        this.progress = progress;
        this.warmedUp = warmedUp;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, com.amazonaws.services.lambda.runtime.Context context)
            throws IOException {
        long started = System.nanoTime();
        byte[] request = input.readAllBytes();
        try (Turn turn = Turn.begin(logs); Tracing.Scope traced = priming ? primingTracing.begin(Tracing.PRIMING_HEADER)
                : tracing.begin(traceHeader(context))) {
            describe(turn, request, context);
            String outcome = "failed";
            try {
                skill.handleRequest(new ByteArrayInputStream(request), output, context);
                outcome = turn.errorLogged() ? "error" : "ok";
            } finally {
                long latencyMs = (System.nanoTime() - started) / 1_000_000;
                turn.with("latencyMs", latencyMs).with("outcome", outcome);
                LoggerFactory.getLogger(CoachStreamHandler.class).info("turn {} in {} ms", outcome, latencyMs);
            }
        }
    }

    /** What the log may know of this request: never the user's or person's id in clear (see {@link Turn#secret}). */
    private void describe(Turn turn, byte[] request, com.amazonaws.services.lambda.runtime.Context context) {
        turn.with(Turn.REQUEST_ID, context == null ? null : context.getAwsRequestId())
                .with("coldStart", !priming && coldStart.getAndSet(false))
                .with("phase", priming ? "priming" : "turn");
        try {
            JsonNode envelope = ENVELOPES.readTree(request);
            JsonNode system = envelope.path("context").path("System");
            turn.with("requestType", text(envelope.path("request").path("type")))
                    .with("intent", text(envelope.path("request").path("intent").path("name")))
                    .secret("user", text(system.path("user").path("userId")))
                    .secret("user", text(envelope.path("session").path("user").path("userId")))
                    .secret("person", text(system.path("person").path("personId")));
        } catch (IOException | RuntimeException unreadable) {
            turn.with("requestType", "unreadable");
        }
    }

    /**
     * The invocation's X-Ray trace header: from the Lambda context, else the system property the Java runtime sets for
     * each invocation (the {@code _X_AMZN_TRACE_ID} variable of other runtimes, which a JVM cannot change). The
     * context's {@code getXrayTraceId} is recent (aws-lambda-java-core 1.4.0); a runtime whose own copy of the
     * interface predates it answers with a linkage error, and the property is used.
     */
    private static String traceHeader(com.amazonaws.services.lambda.runtime.Context context) {
        String header = null;
        if (context != null && contextKnowsTraces) {
            try {
                header = context.getXrayTraceId();
            } catch (LinkageError olderRuntime) {
                contextKnowsTraces = false; // asked once: the property from now on
            }
        }
        return header != null ? header : System.getProperty("com.amazonaws.xray.traceHeader");
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
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
        try (Turn checkpoint = Turn.begin(logs).with("phase", "priming")) {
            try {
                warmedUp.get(WARM_UP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException notWarm) {
                LoggerFactory.getLogger(CoachStreamHandler.class).warn("warm-up read did not finish before the snapshot", notWarm);
            }
            SnapStartPriming.Primed primed;
            priming = true;
            measured.quiet(true);
            primingTracing = tracing.forPriming();
            // the storage calls priming makes between turns (the lost race, the deletion) traced as the turns are
            try (Tracing.Scope traced = primingTracing.begin(Tracing.PRIMING_HEADER)) {
                primed = SnapStartPriming.prime(this, skillId, progress);
            } finally {
                priming = false;
                measured.quiet(false);
                primingTracing.close();
                primingTracing = Tracing.OFF;
            }
            LoggerFactory.getLogger(CoachStreamHandler.class).info("primed with {} turns; synthetic key stored {} set(s),"
                    + " race lost: {}, deleted: {}", primed.said().size(), primed.setsStored(), primed.raceLost(), primed.deleted());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // The first invocation after a restore pays the restore: the log and the metrics count it as a cold start.
        coldStart.set(true);
        measured.restored();
        // Nothing to renew: the SDK's pooled connections from priming have idled past their keep-alive and are not
        // reused. Save ids are drawn with UUID.randomUUID and trace ids with a SecureRandom: NativePRNG on Linux mixes
        // its output with bytes of /dev/urandom, read again once they are 100 ms old (as they always are after a
        // restore), so environments restored from one snapshot still draw unique ids; nothing seeded before the
        // snapshot is reused.
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
