package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What certification tries in every phase a conversation can be in: help says what can be said there and asks
 * a question, stop and cancel end at once without one, and out-of-domain speech guides back to the question.
 * Every response also passes {@link ResponseRules} (an open session always asks and carries a reprompt).
 * FINISHED is not here: finishing a workout ends the session, so nothing can be said in it.
 */
class CertificationConversationTest {

    private static final String USER = "amzn1.ask.account.CERTIFICATION";
    /** The fixtures that bring a new conversation into each phase. */
    private static final Map<Phase, List<String>> ROUTE = Map.of(
            Phase.CHOOSING, List.of("launch"),
            Phase.BRIEFING, List.of("launch", "start-bicep-focus"),
            Phase.RATING, List.of("start-bicep-focus", "ready"),
            Phase.RESTING, List.of("start-bicep-focus", "ready", "rate-4"),
            Phase.PAUSED, List.of("start-bicep-focus", "ready", "rate-4", "pause"),
            Phase.OFFERING_RESUME, List.of("launch"),
            Phase.AFTER_PAIN, List.of("start-bicep-focus", "ready", "pain-knee"),
            Phase.CONFIRMING, List.of("start-bicep-focus", "ready", "rate-4", "start-over"),
            Phase.COOLING_DOWN, List.of("start-bicep-focus", "ready", "rate-4", "ready", "rate-4", "ready", "rate-4",
                    "ready", "rate-4", "ready", "rate-4"),
            Phase.SWITCHING_SIDES, List.of("start-single-arm-row", "skip-warm-up", "reps-20", "ready"));
    /** How help starts in each phase: what can be said there. */
    private static final Map<Phase, String> HELP = Map.of(
            Phase.CHOOSING, "Name a workout, like bicep focus",
            Phase.BRIEFING, "Say ready to start the set.",
            Phase.RATING, "Rate how strongly you felt your biceps",
            Phase.RESTING, "Say ready for the next set.",
            Phase.PAUSED, "We're paused. Say resume",
            Phase.OFFERING_RESUME, "Say yes to pick up your last workout",
            Phase.AFTER_PAIN, "Say yes for hammer curls",
            Phase.CONFIRMING, "Say yes to start bicep focus again from the top",
            Phase.COOLING_DOWN, "Say yes for a short stretch",
            Phase.SWITCHING_SIDES, "Switch sides and get into position");

    private InMemoryProgressRepository progress;
    private Echo user;

    @BeforeEach
    void newSkill() {
        progress = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), progress, null), USER);
    }

    private void reach(Phase phase) {
        if (phase == Phase.OFFERING_RESUME) {
            WorkoutSession resting = new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 2, Preferences.DEFAULT,
                    List.of(new CompletedSet("biceps_curl", 1, 8, 4)));
            progress.put(USER, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"),
                    new ProgressChange.Unfinished(resting))), 0);
        }
        Turn last = null;
        for (String fixture : ROUTE.get(phase)) {
            last = user.say(fixture);
        }
        assertThat(last.workout().path("phase").asText()).as("reached").isEqualTo(phase.name());
    }

    static Stream<Phase> openPhases() {
        return Arrays.stream(Phase.values()).filter(p -> p != Phase.FINISHED);
    }

    static Stream<Arguments> openPhasesAndEndings() {
        return openPhases().flatMap(p -> Stream.of("stop", "cancel", "navigate-home").map(f -> Arguments.of(p, f)));
    }

    @ParameterizedTest
    @MethodSource("openPhases")
    void help_shouldSayWhatCanBeSaidThere_andKeepTheSessionOpenWithAQuestion(Phase phase) {
        reach(phase);

        Turn help = user.say("help");

        assertThat(help.speech()).startsWith(HELP.get(phase)).endsWith("?");
        assertThat(help.reprompt()).contains("?");
        assertThat(help.ends()).isFalse();
        assertThat(help.workout().path("phase").asText()).as("help moves nothing").isEqualTo(phase.name());
    }

    @ParameterizedTest
    @MethodSource("openPhasesAndEndings")
    void stopAndCancel_shouldEndAtOnce_withoutAQuestion(Phase phase, String fixture) {
        reach(phase);

        Turn bye = user.say(fixture);

        assertThat(bye.ends()).isTrue();
        assertThat(bye.speech()).isNotBlank().doesNotContain("?");
        assertThat(bye.reprompt()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("openPhases")
    void fallback_shouldGuideBackToWhatCanBeSaid_andAskAgain(Phase phase) {
        reach(phase);

        Turn fallback = user.say("fallback");
        Turn unknown = user.say("unknown-intent");

        for (Turn turn : List.of(fallback, unknown)) {
            assertThat(turn.speech()).containsAnyOf("Sorry, I didn't catch that.", "Hmm, I missed that.")
                    .contains(HELP.get(phase)).endsWith("?");
            assertThat(turn.ends()).isFalse();
            assertThat(turn.workout().path("phase").asText()).isEqualTo(phase.name());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"CHOOSING", "RATING", "PAUSED"})
    void sessionEnded_shouldGetNoSpeech_inAnyPhase(Phase phase) {
        reach(phase);

        assertThat(user.say("session-ended").hasSpeech()).isFalse();
    }
}
