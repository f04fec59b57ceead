package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.local.ChatScript.Exchange;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.PainReport;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.HeardSet;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's key moments through the local text coach: typed words, resolved by the interaction model into
 * requests to the real skill, and what the coach prints back for each line; what is stored is read from the
 * repository the coach was given.
 */
class ChatCoachingTest {

    private static final String USER = "amzn1.ask.account.chat-coaching";
    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Exercise SQUAT = CATALOGUE.exercise("squat").orElseThrow();

    private InMemoryProgressRepository storage;

    @BeforeEach
    void newStorage() {
        storage = new InMemoryProgressRepository();
    }

    @Test
    void typedWords_shouldCoachASquatSet_aRest_setTwo_painAndTheGentlerExercise_andTooHard() throws Exception {
        List<Exchange> chat = chat("start squat focus", "ready", "four", "next", "my knee hurts", "yes",
                "that was too hard", "stop");

        assertThat(ChatScript.heard(chat, "start squat focus")).startsWith("Squat focus.").contains("First up: squats, three sets of ten.");

        String setOne = ChatScript.heard(chat, "ready");
        assertThat(setOne).startsWith("Squats, set one of three.");
        HeardSet.assertLoweringFirst(setOne);
        HeardSet.assertCountedAfterTheSqueeze(setOne, SQUAT, 10);
        assertThat(setOne).contains("And that's ten!").endsWith("?");

        assertThat(ChatScript.heard(chat, "four")).startsWith("A four.").contains("Rest, seventy five seconds.")
                .contains("Ten seconds. Get into position.").endsWith("set two?");

        String setTwo = ChatScript.heard(chat, "next");
        assertThat(setTwo).as("'next' during the rest starts set two").startsWith("Set two of three.")
                .doesNotContain("Skipping").contains("And that's ten!").endsWith("?");
        HeardSet.assertCountedAfterTheSqueeze(setTwo, SQUAT, 10);

        assertThat(ChatScript.heard(chat, "my knee hurts")).isIn("Stop there. Pain in your knee is a signal, not effort, so"
                + " we don't push through it. That set won't count. If you'd rather move on, say skip. Shall we switch to"
                + " chair squats instead?",
                "Let's stop that. Pain in your knee is a signal, not effort, so"
                + " we don't push through it. That set won't count. If you'd rather move on, say skip. Shall we switch to"
                + " chair squats instead?");
        assertThat(ChatScript.heard(chat, "yes")).startsWith("Let's switch to chair squats: easier on your body, and still your"
                + " glutes and thighs. Next up: chair squats, two sets of ten.").endsWith("?");
        assertThat(ChatScript.heard(chat, "that was too hard")).containsAnyOf("Let's ease off.", "Easier, then:").contains("eight reps")
                .endsWith("?");
        assertThat(ChatScript.heard(chat, "stop")).isEqualTo("Good work: one set done today. I'll keep your place, so we can pick"
                + " up where you left off. See you next time.");
        assertThat(chat.get(chat.size() - 1).printed()).contains("(session ended)");

        UserProgress stored = stored();
        assertThat(stored.totals()).as("set one stored; set two, which hurt, not")
                .containsOnly(Map.entry("squat", new ExerciseTotals(1, 10)));
        assertThat(stored.painReports()).containsExactly(new PainReport("knee", "squat", LocalDate.now(ZoneOffset.UTC)));
        assertThat(stored.unfinished().adjustment().swap()).as("the gentler exercise is kept for the sets to come")
                .isEqualTo("chair_squat");
        assertThat(stored.unfinished().adjustment().reps()).as("and so is easing off").isNegative();
    }

    @Test
    void typedWords_shouldStoreTheRepsDone_andAskBeforeStartingOver() throws Exception {
        List<Exchange> chat = chat("start squat focus", "ready", "i only did six", "four", "start over", "no", "stop");

        assertThat(ChatScript.heard(chat, "i only did six")).startsWith("Got it, six reps it is.").endsWith("?");
        assertThat(ChatScript.heard(chat, "start over")).isEqualTo("You're one set into squat focus. Shall I start squat focus again"
                + " from the top?");
        assertThat(ChatScript.heard(chat, "no")).startsWith("Okay, we'll carry on.").endsWith("set two?");
        assertThat(stored().totals()).containsOnly(Map.entry("squat", new ExerciseTotals(1, 6)));
    }

    private List<Exchange> chat(String... lines) throws Exception {
        return ChatScript.chat(CoachSkill.create(CATALOGUE, storage, null), USER, lines);
    }

    private UserProgress stored() {
        return storage.find(USER).map(StoredProgress::progress).orElseThrow();
    }
}
