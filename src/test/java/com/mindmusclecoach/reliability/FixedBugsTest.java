package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CountingProgressRepository;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.speech.Ssml;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One regression test for each bug the fuzz and fault suites found and that was fixed. */
class FixedBugsTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private final CountingProgressRepository storage = new CountingProgressRepository();
    private LocalEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void escape_shouldSpeakCharactersXmlCannotCarryAsSpaces_andKeepWholeEmoji() {
        assertThat(Ssml.escape("a\uFFFFb\uFFFEc\uD800d\uDC00e")).isEqualTo("a b c d e");
        assertThat(Ssml.escape("strong 💪 arms")).isEqualTo("strong 💪 arms");
        assertThat(Checks.heard("<speak>" + Ssml.escape("x\uFFFF<y>") + "</speak>")).isEqualTo("x <y>");
    }

    @Test
    void unknownWorkout_shouldNotBeSaidBack_whenWhatWasHeardIsTooLongToBeAName() {
        Narrator narrator = new Narrator(CATALOGUE);

        String endless = narrator.narrate(unknown("bicep focus and ".repeat(6_250)), 1).ssml();
        String shortName = narrator.narrate(unknown("  toe focus "), 1).ssml();

        assertThat(endless).hasSizeLessThan(500).contains("I don&apos;t know that workout yet.");
        assertThat(shortName).contains("I don&apos;t know a workout called toe focus yet.");
    }

    @Test
    void http_shouldAnswer500WithAJsonError_whenTheSkillFails_insteadOfDroppingTheConnection() {
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, storage, null), null, null);
        Transport http = Transport.http(HttpClient.newHttpClient(), endpoint.uri());
        storage.down(true);

        Transport.Reply reply = http.send(Requests.bytes(Requests.envelope(Requests.request("AlexaSkillEvent.SkillDisabled"),
                "amzn1.ask.account.A", null)));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(Checks.json(reply.body()).path("error").asText()).isEqualTo("the skill failed to answer");
    }

    @Test
    void http_shouldAnswer400_toALaunchOrIntentWithoutASession() {
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, storage, null), null, null);
        Transport http = Transport.http(HttpClient.newHttpClient(), endpoint.uri());

        for (ObjectNode request : List.of(Requests.launch(), Requests.intent("ReadyIntent"), Requests.sessionEnded("USER_INITIATED"))) {
            Transport.Reply reply = http.send(Requests.bytes(Requests.envelope(request, "amzn1.ask.account.A", null)));
            Checks.cleanHttpError(reply);
            assertThat(reply.body()).contains("comes with a session");
        }
    }

    @Test
    void unsavedChangesThatCouldNeverHaveBeenMade_shouldBeDropped_notStopEverySave() {
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CATALOGUE, storage, null)), "amzn1.ask.account.A");
        device.say(Requests.launch());
        device.say(Requests.startWorkout("squats", "squat"));
        ObjectNode tampered = ((ObjectNode) device.attributes()).deepCopy();
        tampered.putArray("pending").addObject().put("type", "set").put("exerciseId", "squat").put("reps", 10);
        tampered.withArray("pending").addObject().put("type", "rating").put("muscle", "glutes").put("rating", 99)
                .put("day", "2026-11-25");
        device.forceAttributes(tampered);

        device.say(Requests.intent("ReadyIntent"));
        device.say(Requests.intent("RateIntent", "rating", "4"));

        assertThat(storage.stored("amzn1.ask.account.A").totals()).containsOnlyKeys("squat")
                .containsEntry("squat", new ExerciseTotals(1, 10));
        assertThat(storage.stored("amzn1.ask.account.A").days().get(0).ratings().values())
                .allSatisfy(tally -> assertThat(tally.sum()).isLessThanOrEqualTo(5 * tally.count()));
    }

    @Test
    void storedProgressInTheSessionThatCouldNeverHaveBeenStored_shouldBeReadAgain_notFailEveryTurn() {
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CATALOGUE, storage, null)), "amzn1.ask.account.B");
        device.say(Requests.launch());
        device.say(Requests.startWorkout("squats", "squat"));
        device.say(Requests.intent("ReadyIntent"));
        device.say(Requests.intent("RateIntent", "rating", "4"));
        ObjectNode tampered = ((ObjectNode) device.attributes()).deepCopy();
        ((ObjectNode) tampered.path("progress").path("progress")).putNull("streakStart");
        ((ObjectNode) tampered.path("progress").path("progress").path("days").get(0)).remove("day");
        device.forceAttributes(tampered);

        device.say(Requests.intent("ReadyIntent"));
        device.say(Requests.intent("RateIntent", "rating", "5"));
        assertThat(device.say(Requests.intent("ProgressIntent")).heard()).contains("squats: two sets");
    }

    private static Transition unknown(String heard) {
        return new Transition(WorkoutSession.choosing(), List.of(new Event.Rejected(Event.Reason.UNKNOWN_WORKOUT, heard)), false);
    }
}
