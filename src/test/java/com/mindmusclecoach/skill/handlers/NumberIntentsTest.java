package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.SkillPackage;
import com.mindmusclecoach.workout.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * Which command each intent with a number slot gives the coach (a mock: the call is the behaviour), for a number
 * heard and for none, against a table written here, apart from the code's {@link NumberIntents}.
 */
class NumberIntentsTest {

    private static final Map<String, Function<Integer, Command>> EXPECTED = Map.of(
            "RateIntent", Command.Rate::new,
            "NumberAnswerIntent", Command.Rate::new,
            "RepsDoneIntent", Command.RepsDone::new,
            "SetRepsIntent", Command.SetReps::new,
            "SetRestIntent", Command.SetRest::new);

    /** Intents with a number that a handler of their own answers, not a workout command. */
    private static final Set<String> OWN_HANDLERS = Set.of("SetWeeklyGoalIntent");

    @ParameterizedTest
    @CsvSource({"RateIntent, rating, 4", "RepsDoneIntent, reps, 6", "SetRepsIntent, reps, 12", "SetRestIntent, seconds, 90",
            "RateIntent, rating, ''", "SetRestIntent, seconds, ?", "SetRepsIntent, reps, ''", "NumberAnswerIntent, number, 3"})
    void intent_shouldGiveTheCoachTheCommandOfTheNumberHeard(String intent, String slot, String heard) {
        Coach coach = mock(Coach.class);
        HandlerInput input = input(intent, slot, heard);
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        NumberIntentHandler handler = new NumberIntentHandler(coach);

        assertThat(handler.canHandle(input, request)).isTrue();
        handler.handle(input, request);

        Integer number = heard.matches("\\d+") ? Integer.valueOf(heard) : null;
        verify(coach).turn(input, EXPECTED.get(intent).apply(number));
        verifyNoMoreInteractions(coach);
    }

    @Test
    void everyIntentWithOneNumberSlotInTheModel_shouldBeHere_orHaveItsOwnHandler() {
        Set<String> numbered = new TreeSet<>();
        for (JsonNode intent : SkillPackage.languageModel(SkillPackage.SOURCE_LOCALE).path("intents")) {
            JsonNode slots = intent.path("slots");
            if (slots.size() == 1 && slots.get(0).path("type").asText().equals("AMAZON.NUMBER")) {
                numbered.add(intent.path("name").asText());
            }
        }
        numbered.removeAll(OWN_HANDLERS);

        assertThat(numbered).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
        assertThat(new TreeSet<>(NumberIntents.intents())).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    private static HandlerInput input(String intent, String slot, String heard) {
        Intent.Builder named = Intent.builder().withName(intent);
        if (!heard.isEmpty()) {
            named.putSlotsItem(slot, Slot.builder().withName(slot).withValue(heard).build());
        }
        IntentRequest request = IntentRequest.builder().withRequestId("amzn1.echo-api.request.1").withLocale("en-US")
                .withIntent(named.build()).build();
        return HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder().withRequest(request).build()).build();
    }
}
