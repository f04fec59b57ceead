package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A scripted conversation through the text coach, as `mvn exec:java < script` would have it. */
class ChatMainTest {

    @Test
    void scriptedConversation_shouldCoachAWorkoutFromTypedWords() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ChatMain chat = new ChatMain(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null),
                new UtteranceResolver(InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json"))),
                new RequestFactory("amzn1.ask.skill.test", "amzn1.ask.account.chat", "en-US", Clock.systemUTC()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);

        chat.run(new BufferedReader(new StringReader("start squat focus\nready\ni'd say four\n\nwhat\nbanana split\nstop\n")), false);

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("coach> Welcome to Mind Muscle Coach.")
                .contains("you> start squat focus\ncoach> Squat focus.")
                .contains("[1.5 s]")
                .contains("How strongly did you feel your glutes and thighs, one to five?")
                .contains("coach> A four.")
                .contains("coach (reprompt)> [25 s] Take your time. Ready for set two? Just say ready whenever you are.")
                .contains("(not in the interaction model; you could say:")
                .contains("coach> Good work: one set done today. I'll keep your place, so we can pick up where you left off. See you next time.\n(session ended)");
    }

    @Test
    void silenceTwice_thenOpeningAgain_shouldGoStraightBackToTheSet() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ChatMain chat = new ChatMain(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null),
                new UtteranceResolver(InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json"))),
                new RequestFactory("amzn1.ask.skill.test", "amzn1.ask.account.chat", "en-US", Clock.systemUTC()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);

        chat.run(new BufferedReader(new StringReader("start bicep focus\nready\nfour\n\n\nopen mind muscle coach\n")), false);

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("coach (reprompt)> [25 s] Take your time. Ready for set two?")
                .contains("(the session ended after silence)\nyou> open mind muscle coach\n"
                        + "coach> Welcome back. Set two of biceps curls is next. Ready?");
    }

    @Test
    void personLines_shouldTrainAsRecognizedVoices_eachWithTheirOwnProgress() throws Exception {
        var skill = CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null);

        var chat = ChatScript.chat(skill, "amzn1.ask.account.house", "/person alex", "open mind muscle coach",
                "start bicep focus", "ready", "four", "/person sam", "how am i doing", "/person nobody",
                "what's my progress", "/person alex", "open mind muscle coach");

        assertThat(chat.get(1).printed()).contains("(from now on, Alexa recognizes Alex's voice)");
        assertThat(ChatScript.heard(chat, "how am i doing")).startsWith("Sounds like someone new. I've saved the workout so far for Alex.")
                .contains("Hi Sam.");
        assertThat(ChatScript.heard(chat, "what's my progress")).as("nobody recognized: still Sam's session")
                .contains("You haven't trained with me yet");
        assertThat(chat.get(chat.size() - 1).printed()).contains("Hi Alex. Welcome back. Pick up bicep focus at set two of biceps curls?");
    }

    @Test
    void aReminder_shouldShowThatAlexaWouldAskForThePermission_whichTheTextCoachCannotGrant() throws Exception {
        var skill = CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null);

        var chat = ChatScript.chat(skill, "amzn1.ask.account.reminded", "remind me to train monday wednesday and friday at seven",
                "skip the warm-up");

        assertThat(ChatScript.heard(chat, "remind me to train monday wednesday and friday at seven"))
                .isEqualTo("To set reminders, I need your permission first.");
        assertThat(chat.get(1).printed()).contains("(Alexa would now ask for your permission (AskFor "
                + "alexa::alerts:reminders:skill:readwrite); this local coach cannot grant it");
    }
}
