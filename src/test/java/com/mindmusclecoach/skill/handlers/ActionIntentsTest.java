package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.SkillPackage;
import com.mindmusclecoach.workout.Command.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * Which workout action each intent without slots gives the coach, checked at the coach (a mock: the call is the
 * behaviour), against a table written here, apart from the code's: an intent dropped from the code's table, or mapped
 * to another action, fails here by name, however the speech happens to read.
 */
class ActionIntentsTest {

    /** What each intent means, as the help and the docs promise it. */
    static final Map<String, Action> EXPECTED = Map.ofEntries(
            entry("ReadyIntent", Action.READY),
            entry("AMAZON.YesIntent", Action.YES),
            entry("AMAZON.NoIntent", Action.NO),
            entry("TooHardIntent", Action.TOO_HARD),
            entry("TooEasyIntent", Action.TOO_EASY),
            entry("AMAZON.PauseIntent", Action.PAUSE),
            entry("AMAZON.ResumeIntent", Action.RESUME),
            entry("AMAZON.NextIntent", Action.NEXT),
            entry("SkipIntent", Action.SKIP),
            entry("SkipExerciseIntent", Action.SKIP_EXERCISE),
            entry("SkipWarmUpIntent", Action.SKIP_WARM_UP),
            entry("SkipCoolDownIntent", Action.NO),
            entry("NoEquipmentIntent", Action.NO_EQUIPMENT),
            entry("AMAZON.StartOverIntent", Action.START_OVER),
            entry("AMAZON.RepeatIntent", Action.REPEAT),
            entry("SlowerIntent", Action.SLOWER),
            entry("FasterIntent", Action.FASTER),
            entry("BriefCuesIntent", Action.BRIEF_CUES),
            entry("FullCuesIntent", Action.FULL_CUES),
            entry("UsePlanIntent", Action.USE_PLAN),
            entry("HowManyLeftIntent", Action.HOW_MANY_LEFT),
            entry("WhyIntent", Action.WHY),
            entry("AMAZON.HelpIntent", Action.HELP),
            entry("AMAZON.StopIntent", Action.STOP),
            entry("AMAZON.CancelIntent", Action.STOP),
            entry("AMAZON.NavigateHomeIntent", Action.STOP),
            entry("AMAZON.FallbackIntent", Action.NOT_UNDERSTOOD));

    /** Intents without slots that a handler of their own answers (a report, a question, a dialogue), not an action. */
    private static final Set<String> OWN_HANDLERS = Set.of("ProgressIntent", "DeleteDataIntent", "DizzyIntent",
            "CancelRemindersIntent", "SurpriseMeIntent", "WhatsNextIntent", "HowLongIntent", "WhatCanITrainIntent",
            "WhatExercisesIntent", "SuggestWorkoutIntent", "ListRemindersIntent");

    static final List<String> INTENTS = new ArrayList<>(new TreeSet<>(EXPECTED.keySet()));

    @ParameterizedTest
    @FieldSource("INTENTS")
    void intent_shouldGiveTheCoachItsAction(String intent) {
        Coach coach = mock(Coach.class);
        HandlerInput input = input(intent);
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        ActionIntentHandler handler = new ActionIntentHandler(coach);

        assertThat(handler.canHandle(input, request)).isTrue();
        handler.handle(input, request);

        verify(coach).turn(input, EXPECTED.get(intent));
        verifyNoMoreInteractions(coach);
    }

    @Test
    void everyIntentWithoutSlotsInTheModel_shouldBeAnActionHere_orHaveItsOwnHandler() {
        Set<String> withoutSlots = new TreeSet<>();
        for (JsonNode intent : SkillPackage.languageModel(SkillPackage.SOURCE_LOCALE).path("intents")) {
            if (intent.path("slots").isEmpty()) {
                withoutSlots.add(intent.path("name").asText());
            }
        }
        withoutSlots.removeAll(OWN_HANDLERS);

        assertThat(withoutSlots).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
        assertThat(new TreeMap<>(ActionIntents.all())).as("the code's table, line by line")
                .isEqualTo(new TreeMap<>(EXPECTED));
    }

    @Test
    void intentsWithSlotsOrTheirOwnHandler_shouldNotBeTakenAsActions() {
        Coach coach = mock(Coach.class);
        for (String intent : List.of("RateIntent", "StartWorkoutIntent", "ProgressIntent", "DizzyIntent")) {
            HandlerInput input = input(intent);
            assertThat(new ActionIntentHandler(coach).canHandle(input, (IntentRequest) input.getRequestEnvelope().getRequest()))
                    .as(intent).isFalse();
        }
        verifyNoMoreInteractions(coach);
    }

    private static HandlerInput input(String intent) {
        IntentRequest request = IntentRequest.builder().withRequestId("amzn1.echo-api.request.1").withLocale("en-US")
                .withIntent(Intent.builder().withName(intent).build()).build();
        return HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder().withRequest(request).build()).build();
    }
}
