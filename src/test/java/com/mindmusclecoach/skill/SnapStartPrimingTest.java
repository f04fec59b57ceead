package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.InMemoryProgressRepository;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Priming plays a whole conversation through the Lambda's handler, with session attributes carried from turn to turn,
 * and a real session's storage calls on a synthetic key it deletes after; it touches nobody's progress and survives
 * storage being down.
 */
class SnapStartPrimingTest {

    private static final Map<String, String> LAMBDA = Map.of("SKILL_ID", "amzn1.ask.skill.primed",
            "AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach");

    @Test
    void prime_shouldCoachASetThroughTheHandler_carryingTheSessionFromTurnToTurn() {
        CountingProgressRepository storage = new CountingProgressRepository();

        SnapStartPriming.Primed primed = SnapStartPriming.prime(new CoachStreamHandler(storage, LAMBDA), "amzn1.ask.skill.primed", storage);

        assertThat(primed.said()).hasSize(20);
        assertThat(primed.said().get(0)).as("a returning trainee's welcome, as most first turns are").contains("Welcome back");
        assertThat(primed.said().get(1)).contains("Bicep focus.");
        assertThat(primed.said().get(3)).as("the set coached, in the session the start opened")
                .contains("Biceps curls, set one of three").contains("how strongly did you feel your biceps?");
        assertThat(primed.said().get(4)).as("rated, then a rest").contains("A four.").contains("Rest");
        assertThat(primed.said().get(6)).as("resumed where it paused").doesNotContain("Which workout");
        assertThat(primed.said().get(9)).as("set two, slower: three counts up").contains("Set two of three").contains("curl, two,<break time=\"400ms\"/> three");
        assertThat(primed.said().get(11)).as("skipping the exercise is confirmed first").contains("skip the rest of biceps curls?");
        assertThat(primed.said().get(12)).as("then the next exercise").containsIgnoringCase("hammer curls");
        assertThat(primed.said().get(13)).as("the report knows the sets: two days ago's and today's two")
                .containsIgnoringCase("three sets");
        assertThat(primed.said().get(15)).as("the delete question answered no").containsIgnoringCase("kept");
        assertThat(primed.said().get(16)).as("a reminder asks for the permission").contains("permission");
        assertThat(primed.said().subList(0, 19)).as("every turn but the session's end is answered aloud")
                .noneMatch(String::isEmpty);
    }

    @Test
    void prime_shouldMakeARealSessionsStorageCalls_onItsOwnKey_andDeleteIt() {
        CountingProgressRepository storage = new CountingProgressRepository();

        SnapStartPriming.Primed primed = SnapStartPriming.prime(new CoachStreamHandler(storage, LAMBDA), "amzn1.ask.skill.primed", storage);

        assertThat(primed.setsStored()).as("the seeded set of two days ago, and the two rated sets").isEqualTo(3);
        assertThat(primed.raceLost()).as("a write on a stale version lost its race").isTrue();
        assertThat(primed.deleted()).isTrue();
        assertThat(storage.find(SnapStartPriming.PRIMING_USER)).isEmpty();
        assertThat(storage.writes.get()).as("the set, the place at the end, and the lost race").isGreaterThanOrEqualTo(2);
        assertThat(storage.userIds()).as("nobody's progress but the synthetic key's").containsOnly(SnapStartPriming.PRIMING_USER);
    }

    @Test
    void prime_shouldNotFail_whenStorageIsDown() {
        CountingProgressRepository storage = new CountingProgressRepository();
        storage.down(true);

        SnapStartPriming.Primed primed = SnapStartPriming.prime(new CoachStreamHandler(storage, LAMBDA), "amzn1.ask.skill.primed", storage);

        assertThat(primed.said()).hasSize(20);
        assertThat(primed.said().subList(0, 19)).noneMatch(String::isEmpty);
        assertThat(primed.deleted()).isFalse();
        storage.down(false);
        assertThat(storage.find(SnapStartPriming.PRIMING_USER)).as("nothing was stored").isEmpty();
    }
}
