package com.mindmusclecoach.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Response;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.screens.WorkoutScreen;
import com.mindmusclecoach.skill.handlers.ActionIntentHandler;
import com.mindmusclecoach.skill.handlers.CancelRemindersIntentHandler;
import com.mindmusclecoach.skill.handlers.DeleteConfirmationHandler;
import com.mindmusclecoach.skill.handlers.ListRemindersIntentHandler;
import com.mindmusclecoach.skill.handlers.PermissionAnswerHandler;
import com.mindmusclecoach.skill.handlers.SetReminderIntentHandler;
import com.mindmusclecoach.skill.handlers.DeleteDataIntentHandler;
import com.mindmusclecoach.skill.handlers.LoadUsedIntentHandler;
import com.mindmusclecoach.skill.handlers.ProgressIntentHandler;
import com.mindmusclecoach.skill.handlers.SuggestWorkoutIntentHandler;
import com.mindmusclecoach.skill.handlers.WeeklyGoalIntentHandler;
import com.mindmusclecoach.skill.handlers.NumberIntentHandler;
import com.mindmusclecoach.skill.handlers.SkillDisabledRequestHandler;
import com.mindmusclecoach.skill.handlers.LaunchRequestHandler;
import com.mindmusclecoach.skill.handlers.MalformedIntentHandler;
import com.mindmusclecoach.skill.handlers.PainIntentHandler;
import com.mindmusclecoach.skill.handlers.SessionEndedRequestHandler;
import com.mindmusclecoach.skill.handlers.StartWorkoutIntentHandler;
import com.mindmusclecoach.skill.handlers.UnhandledRequestHandler;
import com.mindmusclecoach.skill.handlers.RequestWorkoutIntentHandler;
import com.mindmusclecoach.skill.handlers.SuggestionAnswerHandler;
import com.mindmusclecoach.skill.handlers.SurpriseMeIntentHandler;
import com.mindmusclecoach.skill.handlers.WeightAnswerHandler;
import com.mindmusclecoach.skill.handlers.WorkoutQuestionIntentHandler;
import com.mindmusclecoach.speech.RequestNarration;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import com.mindmusclecoach.observability.Metric;
import com.mindmusclecoach.observability.Turns;

import java.time.Clock;
import java.util.Optional;

/** Wires the skill by hand: no container, no scanning, so a cold start builds only what it uses. */
public final class CoachSkill {

    private CoachSkill() {
    }

    private static String locale(HandlerInput input) {
        var request = input.getRequestEnvelope().getRequest();
        return request == null ? null : request.getLocale();
    }

    /**
     * @param skillId the skill's application id to accept, or null to accept any (local runs and tests)
     */
    public static Skill create(Catalogue catalogue, ProgressRepository progress, String skillId) {
        return create(catalogue, progress, skillId, Clock.systemUTC());
    }

    /** @param clock tells the training day, in UTC: no device time zone is looked up */
    public static Skill create(Catalogue catalogue, ProgressRepository progress, String skillId, Clock clock) {
        return create(catalogue, progress, skillId, clock, TimeZones.NONE);
    }

    /**
     * A skill that refuses every request with an error naming {@code reason}: the Lambda entry point's answer when it
     * is deployed without a skill ID (see {@link CoachStreamHandler}).
     */
    static Skill refusingEverything(String reason) {
        // The SDK builds no skill without a handler; this one is never reached.
        return new OwnRequestsOnlySkill.Builder().refusingEverything(reason).addRequestHandler(new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return false;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                return Optional.empty();
            }
        }).build();
    }

    /** @param timeZones finds the device's time zone once per session, so training days follow the user's midnight */
    public static Skill create(Catalogue catalogue, ProgressRepository progress, String skillId, Clock clock,
                               TimeZones timeZones) {
        return create(catalogue, progress, skillId, clock, timeZones, Reminders.NONE);
    }

    /**
     * @param reminders the Alexa Reminders API, for "remind me to train ...", "cancel my reminders", "what reminders
     *                  do I have" and "delete my data"
     */
    public static Skill create(Catalogue catalogue, ProgressRepository progress, String skillId, Clock clock,
                               TimeZones timeZones, Reminders reminders) {
        Narrator narrator = new Narrator(catalogue);
        WorkoutScreen screens = new WorkoutScreen(catalogue);
        Coach coach = new Coach(new WorkoutStateMachine(catalogue), narrator, screens,
                new ProgressStore(progress, () -> Turns.current().count(Metric.LOST_WRITE_RACES)), clock, timeZones, new PlausibleChanges(catalogue), new TodaysSuggestion(catalogue));
        ProgressAnswers answers = new ProgressAnswers(coach, narrator, screens, catalogue);
        RemindersCoach remindersCoach = new RemindersCoach(coach, reminders, clock);
        CustomSkillBuilder builder = new OwnRequestsOnlySkill.Builder()
                // First match wins: this list is the priority order, with the catch-all last.
                .addRequestHandlers(
                        new MalformedIntentHandler(coach),
                        new LaunchRequestHandler(coach),
                        new DeleteConfirmationHandler(coach, remindersCoach),
                        new PainIntentHandler(coach),
                        new StartWorkoutIntentHandler(coach),
                        new RequestWorkoutIntentHandler(coach, catalogue),
                        new SurpriseMeIntentHandler(coach, catalogue),
                        new SuggestionAnswerHandler(coach),
                        new WorkoutQuestionIntentHandler(coach, new RequestNarration(catalogue)),
                        new ActionIntentHandler(coach),
                        new WeightAnswerHandler(coach, answers),
                        new NumberIntentHandler(coach),
                        new ProgressIntentHandler(answers),
                        new WeeklyGoalIntentHandler(answers),
                        new SuggestWorkoutIntentHandler(answers),
                        new LoadUsedIntentHandler(answers),
                        new DeleteDataIntentHandler(coach),
                        new SetReminderIntentHandler(remindersCoach),
                        new CancelRemindersIntentHandler(remindersCoach),
                        new ListRemindersIntentHandler(remindersCoach),
                        new PermissionAnswerHandler(remindersCoach),
                        new SessionEndedRequestHandler(coach),
                        new SkillDisabledRequestHandler(coach),
                        new UnhandledRequestHandler(coach))
                .addExceptionHandler(new CoachExceptionHandler(coach))
                // Each turn's metrics are told by the request's locale (see Turns, CoachStreamHandler).
                .addRequestInterceptor(new RequestInterceptor() {
                    @Override
                    public void process(HandlerInput input) {
                        Turns.current().locale(locale(input));
                    }
                });
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        return builder.build();
    }
}
