package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.PainReport;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's conversations through the class Lambda invokes: {@link CoachStreamHandler}, built the way Lambda builds
 * it (its public constructor, from the environment; tests set no {@code TABLE_NAME}, so progress is kept in memory),
 * given each JSON fixture of {@code src/test/resources/requests} as the raw byte stream with a Lambda {@link Context},
 * as the Lambda runtime calls it. As on an Echo, session attributes travel from each response into the next request
 * and a session that ended makes the next request open a new one; every request has an id of its own. Every answer
 * is read from the wire and checked with {@link ResponseRules}. What is stored is read from the handler's own
 * progress repository.
 */
class LambdaConversationTest {

    private static final String USER = "amzn1.ask.account.LAMBDA-CONVERSATION";
    private static final String SHORT_CHIME = "<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/>";
    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Exercise SQUAT = CATALOGUE.exercise("squat").orElseThrow();
    private static final Exercise CHAIR_SQUAT = CATALOGUE.exercise("chair_squat").orElseThrow();

    private CoachStreamHandler lambda;
    private Echo user;

    @BeforeEach
    void newContainer() {
        lambda = new CoachStreamHandler();
        user = Echo.lambda(lambda, USER);
    }

    @Test
    void squatSet_shouldBeCountedLoweringFirst_withEachRepNumberAfterTheSqueeze() {
        Turn briefing = user.say("start-squat-focus");
        assertThat(briefing.speech()).startsWith("Squat focus.").contains("First up: squats, three sets of ten.");
        assertThat(phase(briefing)).isEqualTo("BRIEFING");

        Turn set = user.say("ready");

        assertThat(set.speech()).startsWith("Squats, set one of three. Breathe in as you sit back. Breathe out as you stand up.")
                .containsIgnoringCase("how strongly did you feel your glutes and thighs").endsWith("?");
        HeardSet.assertLoweringFirst(set.speech());
        HeardSet.assertCountedAfterTheSqueeze(set.speech(), SQUAT, 10);
        assertThat(set.speech()).contains("And that's ten!").doesNotContain("Eleven");
        assertThat(phase(set)).isEqualTo("RATING");

        user.say("rate-4");
        assertThat(stored().totals()).as("the rated set is stored").containsOnly(
                Map.entry("squat", new ExerciseTotals(1, 10)));
        assertThat(user.context().loggedLines()).as("nothing went to the Lambda log").isEmpty();
    }

    @Test
    void rest_shouldChimeAnnounceAndCountDown_andNextShouldStartSetTwo() {
        user.say("start-squat-focus");
        user.say("ready");

        Turn rest = user.say("rate-4");

        assertThat(rest.speech()).startsWith("A four.").contains("Rest, seventy five seconds.")
                .contains("Ten seconds. Get into position.").endsWith("set two?");
        assertThat(rest.ssml()).containsOnlyOnce(SHORT_CHIME);
        assertThat(rest.ssml().indexOf(SHORT_CHIME)).as("the chime opens the rest")
                .isLessThan(rest.ssml().indexOf("Rest, seventy five seconds."));
        assertThat(rest.speech().indexOf("Rest, seventy five seconds."))
                .isLessThan(rest.speech().indexOf("Ten seconds. Get into position."));
        assertThat(phase(rest)).isEqualTo("RESTING");
        assertThat(stored().totals()).containsOnly(Map.entry("squat", new ExerciseTotals(1, 10)));

        Turn next = user.say("next");

        assertThat(next.speech()).as("'next' during a rest starts set two; it does not skip it")
                .startsWith("Set two of three.").doesNotContain("Skipping").doesNotContain("set three")
                .endsWith("one to five?");
        HeardSet.assertLoweringFirst(next.speech());
        HeardSet.assertCountedAfterTheSqueeze(next.speech(), SQUAT, 10);
        assertThat(phase(next)).isEqualTo("RATING");
        assertThat(next.workout().path("setNumber").asInt()).isEqualTo(2);
        assertThat(next.workout().path("completed")).hasSize(2);

        user.say("rate-4");
        assertThat(stored().totals()).as("set two is stored as done, not skipped")
                .containsOnly(Map.entry("squat", new ExerciseTotals(2, 20)));
    }

    @Test
    void painAtTheRating_shouldStopTheSet_countNothing_andOfferTheGentlerExercise_whichYesSwapsIn() {
        user.say("start-squat-focus");
        user.say("ready");

        Turn pain = user.say("pain-knee");

        assertThat(pain.speech()).isIn("Stop there. Pain in your knee is a signal, not effort, so we don't push"
                + " through it. That set won't count. If you'd rather move on, say skip. Shall we switch to chair squats"
                + " instead?",
                "Let's stop that. Pain in your knee is a signal, not effort, so we don't push"
                + " through it. That set won't count. If you'd rather move on, say skip. Shall we switch to chair squats"
                + " instead?");
        assertThat(pain.ends()).isFalse();
        assertThat(phase(pain)).isEqualTo("AFTER_PAIN");
        assertThat(stored().setsCompleted()).as("the set that hurt is not stored as done").isZero();
        assertThat(stored().repsCompleted()).isZero();
        assertThat(stored().painReports()).as("the pain is stored at once")
                .containsExactly(new PainReport("knee", "squat", LocalDate.now(ZoneOffset.UTC)));

        Turn swapped = user.say("yes");

        assertThat(swapped.speech()).startsWith("Let's switch to chair squats: easier on your body, and still your"
                + " glutes and thighs. Next up: chair squats, three sets of ten.").endsWith("?");
        assertThat(phase(swapped)).isEqualTo("BRIEFING");

        Turn gentler = user.say("ready");
        assertThat(gentler.speech()).startsWith("Chair squats, set one of three.");
        HeardSet.assertLoweringFirst(gentler.speech());
        HeardSet.assertCountedAfterTheSqueeze(gentler.speech(), CHAIR_SQUAT, 10);

        user.say("rate-4");
        assertThat(stored().totals()).as("the gentler exercise is what is stored")
                .containsOnly(Map.entry("chair_squat", new ExerciseTotals(1, 10)));
    }

    @Test
    void tooHard_shouldEaseTheNextSet_andKeepTheRatingQuestion() {
        user.say("start-squat-focus");
        user.say("ready");

        Turn hard = user.say("too-hard");

        assertThat(hard.speech()).containsAnyOf("Let's ease off.", "Easier, then:").contains("eight reps")
                .containsIgnoringCase("how strongly did you feel your glutes and thighs").endsWith("?");
        assertThat(phase(hard)).isEqualTo("RATING");

        assertThat(user.say("rate-3").speech()).startsWith("A three.").contains("Rest, seventy five seconds.");
        assertThat(stored().totals()).as("the set just done keeps its ten reps")
                .containsOnly(Map.entry("squat", new ExerciseTotals(1, 10)));
        Turn eased = user.say("ready");

        assertThat(eased.speech()).startsWith("Set two of three.").contains("And that's eight!")
                .doesNotContain("Nine").doesNotContain("And that's ten!");
        HeardSet.assertCountedAfterTheSqueeze(eased.speech(), SQUAT, 8);
        user.say("rate-4");
        assertThat(stored().totals()).containsOnly(Map.entry("squat", new ExerciseTotals(2, 18)));
    }

    @Test
    void iOnlyDidSix_shouldStoreTheSixRepsDone() {
        user.say("start-squat-focus");
        user.say("ready");

        Turn six = user.say("reps-done-6");

        assertThat(six.speech()).startsWith("Got it, six reps it is.")
                .containsIgnoringCase("how strongly did you feel your glutes and thighs").endsWith("?");
        assertThat(phase(six)).isEqualTo("RATING");
        user.say("rate-4");
        assertThat(stored().totals()).as("six reps stored, not the ten coached")
                .containsOnly(Map.entry("squat", new ExerciseTotals(1, 6)));
        assertThat(stored().repsCompleted()).isEqualTo(6);
    }

    @Test
    void startOverMidWorkout_shouldAskFirst_andNoShouldCarryOnWhereWeWere() {
        user.say("start-squat-focus");
        user.say("ready");
        user.say("rate-4");

        Turn asked = user.say("start-over");

        assertThat(asked.speech()).isEqualTo("You're one set into squat focus. Shall I start squat focus again from the top?");
        assertThat(asked.ends()).isFalse();
        assertThat(phase(asked)).isEqualTo("CONFIRMING");

        Turn kept = user.say("no");

        assertThat(kept.speech()).startsWith("Okay, we'll carry on.").endsWith("set two?");
        assertThat(phase(kept)).isEqualTo("RESTING");
        assertThat(stored().totals()).as("nothing was wiped").containsOnly(Map.entry("squat", new ExerciseTotals(1, 10)));
        assertThat(user.say("ready").speech()).startsWith("Set two of three.");

        Turn bye = user.say("stop");
        assertThat(bye.ends()).isTrue();
        assertThat(bye.speech()).startsWith("Good work: two sets done today.");
        assertThat(stored().unfinished().routineId()).as("the place is kept for next time").isEqualTo("squat_focus");
    }

    private static String phase(Turn turn) {
        return turn.workout().path("phase").asText();
    }

    private UserProgress stored() {
        return storage(lambda).find(USER).map(StoredProgress::progress).orElseThrow();
    }

    /**
     * The handler's progress repository. The handler builds it from the environment and keeps it to itself, so
     * the test finds it by its type.
     */
    private static ProgressRepository storage(CoachStreamHandler handler) {
        Field field = Arrays.stream(CoachStreamHandler.class.getDeclaredFields())
                .filter(f -> ProgressRepository.class.isAssignableFrom(f.getType())).findFirst()
                .orElseThrow(() -> new AssertionError("CoachStreamHandler keeps no ProgressRepository field to read"));
        try {
            field.setAccessible(true);
            return (ProgressRepository) field.get(handler);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
