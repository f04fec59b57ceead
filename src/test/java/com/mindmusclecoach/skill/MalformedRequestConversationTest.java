package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests Alexa would not send still get the coach's guidance rather than an apology for a fault. */
class MalformedRequestConversationTest {

    private final Echo user = Echo.inProcess(
            CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null), "amzn1.ask.account.MALFORMED");

    @Test
    void intentRequestWithoutAnIntent_shouldBeTreatedAsNotUnderstood() {
        user.say("start-bicep-focus");
        ObjectNode request = Requests.fixture("ready");
        ((ObjectNode) request.path("request")).remove("intent");

        Turn turn = user.send(request);

        assertThat(turn.speech()).containsAnyOf("Sorry, I didn't catch that.", "Hmm, I missed that.")
                .contains("Say ready to start the set.").doesNotContain("trouble");
        assertThat(user.say("ready").speech()).contains("Biceps curls, set one of three.");
    }

    @Test
    void resolutionsHoldingNull_shouldStillStartTheWorkout() {
        ObjectNode request = Requests.fixture("start-bicep-focus");
        ((com.fasterxml.jackson.databind.node.ArrayNode) request.path("request").path("intent").path("slots")
                .path("workout").path("resolutions").path("resolutionsPerAuthority")).insertNull(0);

        Turn turn = user.send(request);

        assertThat(turn.speech()).startsWith("Bicep focus.");
    }
}
