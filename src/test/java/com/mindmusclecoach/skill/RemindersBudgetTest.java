package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.mindmusclecoach.testkit.Requests;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * "Delete my data" cancels reminders with what is left of the turn's budget for the Reminders API: once the storage
 * calls of the turn have used it up, no call is made (the answer then says they may still be in the Alexa app), so a
 * slow store and a slow API together still answer within Lambda's timeout.
 */
class RemindersBudgetTest {

    private final Reminders api = mock(Reminders.class);
    private final RemindersCoach coach = new RemindersCoach(null, api, Clock.systemUTC());
    private final HandlerInput input = HandlerInput.builder().withRequestEnvelope(new JacksonSerializer()
            .deserialize(Requests.fixture("yes").toString(), RequestEnvelope.class)).build();

    @Test
    void cancelAll_shouldCallTheApi_whenTheTurnHasTimeLeft() {
        when(api.delete(anyString(), anyString(), anyString())).thenReturn(Reminders.Result.of(Reminders.Outcome.DONE));

        assertThat(coach.cancelAll(input, List.of("a", "b"), System.nanoTime())).isTrue();

        verify(api, times(2)).delete(anyString(), anyString(), anyString());
    }

    @Test
    void cancelAll_shouldMakeNoCall_andSaySomeMayBeLeft_whenTheTurnHasSpentItsBudgetOnStorage() {
        long startedLongAgo = System.nanoTime() - RemindersCoach.API_BUDGET.toNanos() - 1_000_000;

        assertThat(coach.cancelAll(input, List.of("a", "b"), startedLongAgo)).isFalse();

        verify(api, never()).delete(anyString(), anyString(), anyString());
    }
}
