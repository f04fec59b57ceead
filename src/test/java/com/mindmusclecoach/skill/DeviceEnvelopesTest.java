package com.mindmusclecoach.skill;

import org.junit.jupiter.api.Test;

import java.util.List;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests shaped as real devices send them (the whole {@code context} of an Echo Show 8 and of an Echo Dot, from
 * {@code src/test/resources/devices}), through the class Lambda invokes: the fields our hand-written fixtures leave
 * out (the viewports, extensions, the audio player, the unit) are read without trouble, the Show sees the workout on
 * its screen, the Dot gets no directive it cannot render, and both hear the same coaching.
 */
class DeviceEnvelopesTest {

    private static final List<String> WORKOUT = List.of("launch", "start-bicep-focus", "ready", "rate-4", "stop");

    @Test
    void aWorkout_shouldSoundTheSameOnAShowAndADot_withTheScreenOnlyOnTheShow() {
        CoachStreamHandler lambda = new CoachStreamHandler();
        Echo show = Echo.lambda(lambda, "amzn1.ask.account.ECHO-SHOW-OWNER").on("echo-show-8");
        Echo dot = Echo.lambda(lambda, "amzn1.ask.account.ECHO-DOT-OWNER").on("echo-dot");

        for (String said : WORKOUT) {
            Turn onShow = show.say(said);
            Turn onDot = dot.say(said);

            assertThat(onShow.speech()).as("'%s' heard on the Show as on the Dot", said).isEqualTo(onDot.speech());
            assertThat(onShow.reprompt()).isEqualTo(onDot.reprompt());
            assertThat(onDot.envelope().path("response").path("directives")).as("no directive on the Dot").isEmpty();
            if (said.equals("stop")) {
                assertThat(onShow.ends()).isTrue();
                continue;
            }
            assertThat(onShow.screen().path("type").asText()).as("'%s' shows a screen on the Show", said)
                    .isEqualTo(Requests.RENDER_DOCUMENT);
        }
        assertThat(show.context().loggedLines()).as("nothing went to the Lambda log").isEmpty();
    }

    @Test
    void theShowsScreen_shouldNameTheExerciseAndTheSet_asTheCoachSaysThem() {
        Echo show = Echo.lambda(new CoachStreamHandler(), "amzn1.ask.account.ECHO-SHOW-OWNER").on("echo-show-8");
        show.say("launch");

        Turn briefing = show.say("start-bicep-focus");

        assertThat(briefing.speech()).startsWith("Bicep focus.");
        assertThat(briefing.screen().path("datasources").toString()).contains("Biceps curl").contains("biceps");
        Turn set = show.say("ready");
        assertThat(set.screen().path("datasources").toString()).contains("Set 1 of 3");
    }
}
