package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Routine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Thousands of random conversations through the real skill (the skill object with Alexa's serializer), session
 * attributes carried from turn to turn and sessions ended and reopened the way Alexa does. Every turn must be a
 * valid response that did not hit a fault; no set has more reps than the plan or the user's preference; ratings
 * are 1 to 5; and at the end the stored progress is exactly the sets, ratings and workouts coached.
 *
 * <p>The seed is fixed so a run is repeatable; change {@link #SEED} (or remove it for a random one) to explore.
 */
class RandomConversationTest {

    static final String SEED = "4242";
    private static final Catalogue CATALOGUE = Catalogue.standard();

    private static final AtomicLong CONVERSATIONS = new AtomicLong();
    private static final AtomicLong TURNS = new AtomicLong();
    private static final AtomicLong SETS = new AtomicLong();
    private static final AtomicLong WORKOUTS = new AtomicLong();

    private static TrackingRepository storage;
    private static Transport skill;

    @BeforeContainer
    static void start() {
        storage = new TrackingRepository();
        skill = Transport.inProcess(CoachSkill.create(CATALOGUE, storage, null, Clock.fixed(Alexa.FIXTURE_TIME, ZoneOffset.UTC)));
    }

    /** What the user says (or does) next; {@code value} is the slot value or the reason a session ends. */
    record Step(Kind kind, String value) {

        @Override
        public String toString() {
            return value == null ? kind.name() : kind + "(" + value + ")";
        }
    }

    enum Kind {
        INTENT, RATE, REPS, REST, START, LAUNCH, SESSION_ENDS
    }

    @AfterContainer
    static void report() {
        System.out.printf("random conversations: %d conversations, %d turns, %d sets coached and stored, %d workouts"
                + " finished%n", CONVERSATIONS.get(), TURNS.get(), SETS.get(), WORKOUTS.get());
    }

    @Property(tries = 2000, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void randomConversations_keepEveryInvariant_andStoreExactlyWhatWasCoached(@ForAll("conversations") List<Step> steps) {
        Device device = new Device(skill, "amzn1.ask.account.RANDOM-" + UUID.randomUUID());
        Ledger ledger = new Ledger(CATALOGUE);
        for (Step step : steps) {
            take(device, ledger, step);
        }
        if (device.inSession()) {
            device.say(Alexa.sessionEnded("EXCEEDED_MAX_REPROMPTS"));
        }

        ledger.matches(storage.stored(device.userId()));
        CONVERSATIONS.incrementAndGet();
        SETS.addAndGet(ledger.setsCoached());
        WORKOUTS.addAndGet(ledger.workouts());
    }

    private static void take(Device device, Ledger ledger, Step step) {
        TURNS.incrementAndGet();
        if (step.kind() == Kind.SESSION_ENDS) {
            if (device.inSession()) {
                device.say(Alexa.sessionEnded(step.value()));
            }
            return;
        }
        if (step.kind() == Kind.LAUNCH && device.inSession()) {
            device.say(Alexa.sessionEnded("USER_INITIATED"));
        }
        JsonNode before = device.inSession() ? device.attributes().path("workout") : null;
        Device.Turn turn = device.say(request(step));
        ledger.observe(before, turn.workout());
        if (turn.ssml().startsWith("<speak>Done. Everything I had stored for you is deleted.")) {
            ledger.forget();
        }
    }

    private static ObjectNode request(Step step) {
        return switch (step.kind()) {
            case INTENT -> Alexa.intent(step.value());
            case RATE -> Alexa.intent("RateIntent", "rating", step.value());
            case REPS -> Alexa.intent("SetRepsIntent", "reps", step.value());
            case REST -> Alexa.intent("SetRestIntent", "seconds", step.value());
            case START -> Alexa.startWorkout(step.value().replace('_', ' '),
                    CATALOGUE.routine(step.value()).isPresent() ? step.value() : null);
            case LAUNCH -> Alexa.launch();
            case SESSION_ENDS -> throw new IllegalArgumentException("not a request with speech");
        };
    }

    @Provide
    Arbitrary<List<Step>> conversations() {
        return step().list().ofMinSize(4).ofMaxSize(24);
    }

    private static Arbitrary<Step> step() {
        List<String> workouts = new ArrayList<>(Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(Exercise::id)).sorted().toList());
        workouts.add("toe_focus");
        return Arbitraries.frequencyOf(
                Tuple.of(30, intents("ReadyIntent")),
                Tuple.of(18, Arbitraries.integers().between(1, 5).map(n -> new Step(Kind.RATE, String.valueOf(n)))),
                Tuple.of(2, Arbitraries.of("0", "6", "11", "-3", "100", "?", "four").map(v -> new Step(Kind.RATE, v))),
                Tuple.of(3, Arbitraries.of(workouts).map(w -> new Step(Kind.START, w))),
                Tuple.of(6, intents("AMAZON.YesIntent", "AMAZON.NextIntent", "SkipIntent", "AMAZON.ResumeIntent")),
                Tuple.of(5, intents("AMAZON.NoIntent", "SkipExerciseIntent", "AMAZON.PauseIntent", "AMAZON.RepeatIntent",
                        "AMAZON.StartOverIntent", "HowManyLeftIntent", "WhyIntent", "AMAZON.HelpIntent")),
                Tuple.of(3, intents("SlowerIntent", "FasterIntent", "BriefCuesIntent", "FullCuesIntent", "UsePlanIntent",
                        "ProgressIntent", "AMAZON.FallbackIntent", "SomeOtherSkillIntent")),
                Tuple.of(3, Arbitraries.oneOf(Arbitraries.integers().between(1, 20).map(String::valueOf),
                        Arbitraries.of("0", "21", "1000000", "-5", "?")).map(v -> new Step(Kind.REPS, v))),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.integers().between(15, 120).map(String::valueOf),
                        Arbitraries.of("0", "5", "121", "86400", "-90", "?")).map(v -> new Step(Kind.REST, v))),
                Tuple.of(1, intents("DeleteDataIntent")),
                Tuple.of(1, intents("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")),
                Tuple.of(1, Arbitraries.just(new Step(Kind.LAUNCH, null))),
                Tuple.of(1, Arbitraries.of("USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR")
                        .map(r -> new Step(Kind.SESSION_ENDS, r))));
    }

    private static Arbitrary<Step> intents(String... names) {
        return Arbitraries.of(names).map(name -> new Step(Kind.INTENT, name));
    }
}
