package com.mindmusclecoach.speech;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.skill.ResponseRules;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Tempo;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The longest things the coach can say still fit the platform's limits, for every exercise in the catalogue. */
class NarrationLimitsTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Narrator NARRATOR = new Narrator(CATALOGUE);

    static Stream<Exercise> exercises() {
        return CATALOGUE.exercises().stream();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void longestSet_shouldFitOneResponse_atMostRepsAndSlowestTempo(Exercise exercise) {
        Tempo slowest = exercise.tempo().shifted(Tempo.MAX_SHIFT);
        Event set = new Event.SetCoached(exercise, 2, 3, WorkoutStateMachine.MAX_REPS, slowest);
        WorkoutSession rating = new WorkoutSession(Phase.RATING, null, exercise.id(), 0, 2,
                new Preferences(WorkoutStateMachine.MAX_REPS, Tempo.MAX_SHIFT, 0, Preferences.Verbosity.FULL),
                List.of(new CompletedSet(exercise.id(), 2, WorkoutStateMachine.MAX_REPS, null)));

        Speech speech = NARRATOR.narrate(new Transition(rating, List.of(set), false), 1);

        ResponseRules.checkSsml(speech.ssml());
        assertThat(speech.ssml()).as("every rep is counted, or a hold to its end")
                .contains(exercise.isHold() ? "And relax." : "And that&apos;s twenty!");
    }

    static Stream<Exercise> sidedExercises() {
        return CATALOGUE.exercises().stream().filter(Exercise::sided);
    }

    @ParameterizedTest
    @MethodSource("sidedExercises")
    void oneSidedSet_shouldKeepEveryCount_whenCoachedOneSideAtATime(Exercise exercise) {
        Tempo slowest = exercise.tempo().shifted(Tempo.MAX_SHIFT);
        WorkoutSession rating = new WorkoutSession(Phase.RATING, null, exercise.id(), 0, 2,
                new Preferences(WorkoutStateMachine.MAX_REPS, Tempo.MAX_SHIFT, 0, Preferences.Verbosity.FULL),
                List.of(new CompletedSet(exercise.id(), 2, WorkoutStateMachine.MAX_REPS, null)));

        for (Event.Part part : List.of(Event.Part.FIRST_SIDE, Event.Part.SECOND_SIDE)) {
            Event set = new Event.SetCoached(exercise, 2, 3, WorkoutStateMachine.MAX_REPS, slowest, part);
            Speech speech = NARRATOR.narrate(new Transition(rating, List.of(set), false), 1);

            ResponseRules.checkSsml(speech.ssml());
            assertThat(speech.ssml()).as("counts kept: no silence in their place").contains("two,")
                    .contains("And that&apos;s twenty!");
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void busiestTurn_shouldFit_ratingRestAndNextExerciseTogether(Exercise exercise) {
        WorkoutSession briefing = new WorkoutSession(Phase.BRIEFING, null, exercise.id(), 0, 1, new Preferences(0, 0, 0, Preferences.Verbosity.FULL), List.of());
        List<Event> events = List.of(new Event.RatingTaken(exercise, 1), new Event.RestStarted(exercise, 90, exercise),
                new Event.ExerciseIntroduced(exercise, 4, WorkoutStateMachine.MAX_REPS, exercise.tempo(), false));

        Speech speech = NARRATOR.narrate(new Transition(briefing, events, false), 1);

        ResponseRules.checkSsml(speech.ssml());
        ResponseRules.checkSsml(speech.reprompt());
    }

    @Test
    void ssml_shouldEscapeWhatItSays_soHeardTextCannotInjectMarkup() {
        String ssml = Ssml.speech().say("I don't know <audio src=\"x\"/> & \"more\"").toSpeech();

        assertThat(ssml).isEqualTo("<speak>I don&apos;t know &lt;audio src=&quot;x&quot;/&gt; &amp; &quot;more&quot;</speak>");
        ResponseRules.checkSsml(ssml);
    }

    @Test
    void pause_shouldSplitLongSilence_intoBreaksOfAtMostTenSeconds() {
        assertThat(Ssml.speech().pause(25_500).toSpeech())
                .isEqualTo("<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"5500ms\"/></speak>");
    }

    @Test
    void toSpeech_shouldRefuse_speechOverThePlatformLimit() {
        Ssml huge = Ssml.speech().say("a".repeat(Ssml.MAX_SPEECH_CHARS));

        org.assertj.core.api.Assertions.assertThatThrownBy(huge::toSpeech).isInstanceOf(IllegalStateException.class);
    }
}
