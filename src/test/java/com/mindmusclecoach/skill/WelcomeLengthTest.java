package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The welcome is short enough to listen to: under 15 seconds for a first-time user, under 8 for a returning one,
 * as a person hears it at 150 words a minute (0.4 s a word) plus every pause. Counted here from the SSML the real
 * skill sends, independently of how the narrator builds it.
 */
class WelcomeLengthTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String USER = "amzn1.ask.account.WELCOMED";
    private static final Instant NOW = Instant.parse("2026-11-02T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final double SECONDS_PER_WORD = 60.0 / 150;
    private static final Pattern BREAK = Pattern.compile("<break\\s+time=\"(\\d+)(ms|s)\"\\s*/>");

    private InMemoryProgressRepository progress;
    private Echo user;

    @BeforeEach
    void newSkill() {
        progress = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CATALOGUE, progress, null, new MutableClock(NOW)), USER);
    }

    /** How long a person takes to hear {@code ssml}: its words at 150 a minute, plus its breaks. */
    static double seconds(String ssml) {
        double pauses = 0;
        Matcher breaks = BREAK.matcher(ssml);
        while (breaks.find()) {
            pauses += Long.parseLong(breaks.group(1)) / ("s".equals(breaks.group(2)) ? 1.0 : 1000.0);
        }
        String text = ssml.replaceAll("<[^>]*>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&");
        long words = Arrays.stream(text.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
        return words * SECONDS_PER_WORD + pauses;
    }

    @Test
    void seconds_shouldCountWordsAt150AMinute_andEveryBreak() {
        assertThat(seconds("<speak>Ready? I&apos;ll count: one, two.<break time=\"1500ms\"/> Go!<break time=\"2s\"/></speak>"))
                .isCloseTo(6 * 0.4 + 3.5, offset(1e-9));
    }

    @Test
    void welcome_shouldTakeUnder15Seconds_forAFirstTimeUser() {
        Turn welcome = user.say("launch");

        System.out.printf("first-time welcome: %.1f s: %s%n", seconds(welcome.ssml()), welcome.speech());
        assertThat(seconds(welcome.ssml())).isLessThan(15);
        assertThat(welcome.speech()).startsWith("Welcome to Mind Muscle Coach.").contains("every rep")
                .contains("stop if anything hurts").endsWith("Which would you like today: bicep focus, leg day, or chest focus?");
        assertThat(welcome.speech().chars().filter(c -> c == '?').count()).as("one question").isEqualTo(1);
    }

    @Test
    void welcome_shouldTakeUnder8Seconds_forAReturningUserWithAStreakAndALastWorkout() {
        progress.put(USER, threeDayStreak("bicep_focus", null), 0);

        Turn welcome = user.say("launch");

        System.out.printf("returning welcome: %.1f s: %s%n", seconds(welcome.ssml()), welcome.speech());
        assertThat(seconds(welcome.ssml())).isLessThan(8);
        assertThat(welcome.speech()).as("today's suggestion in one sentence, in place of the last workout")
                .isEqualTo("Welcome back. You're on a three day streak. Your chest is due."
                + " How about chest focus today?");
    }

    @Test
    void welcome_shouldTakeUnder8Seconds_forAReturningUserOfferedTheirUnfinishedWorkout() {
        progress.put(USER, threeDayStreak("bicep_focus", resting("bicep_focus", 0, 2)), 0);

        Turn welcome = user.say("launch");

        System.out.printf("offering welcome: %.1f s: %s%n", seconds(welcome.ssml()), welcome.speech());
        assertThat(seconds(welcome.ssml())).isLessThan(8);
        assertThat(welcome.speech()).isEqualTo("Welcome back. You're on a three day streak."
                + " Pick up bicep focus at set two of biceps curls?");
        assertThat(welcome.workout().path("phase").asText()).isEqualTo(Phase.OFFERING_RESUME.name());
    }

    /**
     * Every workout of the catalogue as the last one, and every place in it as the one offered, with a three day
     * streak: the longest names (push up focus, at set two of incline push ups) come to 8.0 s, so "about 8".
     */
    @Test
    void welcome_shouldTakeAbout8SecondsAtMost_forEveryWorkoutAndPlaceInTheCatalogue() {
        List<String> routines = Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(Exercise::id)).toList();
        List<String> tooLong = new ArrayList<>();
        double longest = 0;
        for (String routine : routines) {
            List<WorkoutSession> places = new ArrayList<>();
            places.add(null);
            List<RoutineStep> steps = CATALOGUE.routine(routine).orElseThrow().steps();
            for (int step = 0; step < steps.size(); step++) {
                places.add(briefing(routine, step));
                places.add(resting(routine, step, steps.get(step).sets()));
            }
            for (WorkoutSession place : places) {
                newSkill();
                progress.put(USER, threeDayStreak(routine, place), 0);
                Turn welcome = user.say("launch");
                double seconds = seconds(welcome.ssml());
                longest = Math.max(longest, seconds);
                if (seconds > 8.0 + 1e-9) {
                    tooLong.add(String.format("%.1f s: %s", seconds, welcome.speech()));
                }
            }
        }
        System.out.printf("longest returning welcome over the catalogue: %.1f s%n", longest);
        assertThat(tooLong).isEmpty();
    }

    /**
     * Back five minutes after a session closed on silence, at every place of every workout in the catalogue: straight
     * back to the set, in a few words.
     */
    @Test
    void welcome_shouldTakeUnder8Seconds_forAReturningUserGoingStraightBackToTheSet() {
        List<String> tooLong = new ArrayList<>();
        double longest = 0;
        for (String routine : Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(Exercise::id)).toList()) {
            List<RoutineStep> steps = CATALOGUE.routine(routine).orElseThrow().steps();
            for (int step = 0; step < steps.size(); step++) {
                for (WorkoutSession place : List.of(briefing(routine, step), resting(routine, step, steps.get(step).sets()))) {
                    newSkill();
                    progress.put(USER, threeDayStreak(routine, null)
                            .apply(new ProgressChange.Unfinished(place, NOW.minus(Duration.ofMinutes(5)))), 0);
                    Turn welcome = user.say("launch");
                    assertThat(welcome.workout().path("phase").asText()).isEqualTo(place.phase().name());
                    double seconds = seconds(welcome.ssml());
                    longest = Math.max(longest, seconds);
                    if (seconds >= 8) {
                        tooLong.add(String.format("%.1f s: %s", seconds, welcome.speech()));
                    }
                }
            }
        }
        System.out.printf("longest straight-back welcome over the catalogue: %.1f s%n", longest);
        assertThat(tooLong).isEmpty();
    }

    /** Trained yesterday and the two days before, last started {@code routine}, and left {@code unfinished}. */
    private static UserProgress threeDayStreak(String routine, WorkoutSession unfinished) {
        List<ProgressChange> changes = new ArrayList<>(List.of(new ProgressChange.WorkoutStarted(routine)));
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            changes.add(new ProgressChange.SetDone("biceps_curl", 8, TODAY.minusDays(daysAgo)));
            changes.add(new ProgressChange.WorkoutDone(TODAY.minusDays(daysAgo)));
        }
        changes.add(new ProgressChange.Unfinished(unfinished));
        return UserProgress.NONE.applyAll(changes);
    }

    /** About to start step {@code step} of {@code routine}, the steps before it done. */
    private static WorkoutSession briefing(String routine, int step) {
        return new WorkoutSession(Phase.BRIEFING, null, routine, step, 1, Preferences.DEFAULT, doneBefore(routine, step, 1));
    }

    /** Resting before set {@code set} of step {@code step} of {@code routine}. */
    private static WorkoutSession resting(String routine, int step, int set) {
        return new WorkoutSession(Phase.RESTING, null, routine, step, set, Preferences.DEFAULT, doneBefore(routine, step, set));
    }

    private static List<CompletedSet> doneBefore(String routine, int step, int set) {
        List<RoutineStep> steps = CATALOGUE.routine(routine).orElseThrow().steps();
        List<CompletedSet> done = new ArrayList<>();
        for (int s = 0; s <= step; s++) {
            int sets = s < step ? steps.get(s).sets() : set - 1;
            for (int n = 1; n <= sets; n++) {
                done.add(new CompletedSet(steps.get(s).exercise().id(), n, 8, 4));
            }
        }
        return done;
    }
}
