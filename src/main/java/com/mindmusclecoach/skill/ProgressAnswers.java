package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.screens.ProgressScreen;
import com.mindmusclecoach.screens.Screen;
import com.mindmusclecoach.screens.WorkoutScreen;
import com.mindmusclecoach.speech.AdaptedCoaching;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.speech.Ssml;
import com.mindmusclecoach.speech.WeekWords;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Equipment;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.List;
import java.util.Optional;

/**
 * What is answered from the trainee's progress between sets, then the question the workout waits on: "how am I
 * doing", the weekly goal, the weight used, today's suggestion. Each runs on the session of whoever it belongs to,
 * through {@link Coach#asOwner}, and keeps what it changes with the session's unsaved changes.
 */
public final class ProgressAnswers {

    private final Coach coach;
    private final Narrator narrator;
    private final WorkoutScreen screens;
    private final Catalogue catalogue;

    public ProgressAnswers(Coach coach, Narrator narrator, WorkoutScreen screens, Catalogue catalogue) {
        this.coach = coach;
        this.narrator = narrator;
        this.screens = screens;
        this.catalogue = catalogue;
    }

    /** "How am I doing?": the report, then the question the workout is waiting on. */
    public Optional<Response> report(HandlerInput input) {
        return coach.asOwner(input, (state, user) -> {
            WorkoutSession session = coach.startingPoint(state);
            coach.sessions().write(input.getAttributesManager(), state.with(session));
            ProgressReport report = state.stored() == null ? null : ProgressReport.of(state.progress(), coach.today(state));
            Screen screen = report == null ? screens.of(session) : ProgressScreen.of(report, state.progress(), coach.today(state));
            WeekPlan week = report == null ? null : WeekPlan.of(state.progress(), coach.today(state), catalogue);
            return Replies.of(input, narrator.report(report, session, state.turn(), week), screen);
        });
    }


    /**
     * "Set my weekly goal to three workouts": 1 to {@value UserProgress#MAX_WEEKLY_GOAL}. Kept with the changes
     * waiting to be saved, like a preference, so it is written with the next set or when the session ends, and costs
     * no write of its own; anything else ({@code workouts} null when no number was heard) is answered with how to
     * set one that can be kept, and nothing changes.
     */
    public Optional<Response> setWeeklyGoal(HandlerInput input, Integer workouts) {
        return coach.asOwner(input, (state, user) -> {
            WorkoutSession session = coach.startingPoint(state);
            state = state.with(session);
            if (workouts == null || workouts < UserProgress.MIN_WEEKLY_GOAL || workouts > UserProgress.MAX_WEEKLY_GOAL) {
                coach.sessions().write(input.getAttributesManager(), state);
                return Replies.of(input, narrator.withPrompt(WeekWords.goalNotSet(workouts), session, state.turn()));
            }
            state = state.adding(new ProgressChange.WeeklyGoalSet(workouts));
            coach.sessions().write(input.getAttributesManager(), state);
            WeekPlan week = WeekPlan.of(state.progress(), coach.today(state), catalogue);
            return Replies.of(input, narrator.withPrompt(WeekWords.goalSet(week), session, state.turn()));
        });
    }


    /**
     * "I used twelve pounds", or a bare "twelve" while the weight is invited (see {@link Coach#isWeightInvited}): the
     * weight of the exercise whose set was just coached, if it uses dumbbells, kept with the unsaved changes (written
     * with the next set or at the end) and suggested next time. {@code unit} null: the unit last used for that
     * exercise, else the locale's. Anything else gets a way forward and keeps nothing.
     */
    public Optional<Response> loadUsed(HandlerInput input, Integer amount, Load.Unit unit) {
        return coach.asOwner(input, (state, user) -> {
            WorkoutSession session = coach.startingPoint(state);
            state = state.with(session);
            List<com.mindmusclecoach.workout.CompletedSet> done = session.completed();
            Optional<Exercise> exercise = session.hasWorkout() && !done.isEmpty()
                    ? catalogue.exercise(done.get(done.size() - 1).exerciseId())
                            .filter(e -> e.equipment() == Equipment.DUMBBELLS)
                    : Optional.empty();
            UserProgress progress = state.progress();
            Load.Unit said = unit != null ? unit : exercise.map(e -> progress.loads().get(e.id()))
                    .map(Load::unit).orElse(Coach.localUnit(input));
            if (exercise.isEmpty() || amount == null || amount < Load.MIN || amount > Load.MAX) {
                coach.sessions().write(input.getAttributesManager(), state);
                if (exercise.isPresent()) {
                    SessionAttributes.inviteWeight(input.getAttributesManager()); // the way forward invites the weight again
                }
                return Replies.of(input, narrator.withPrompt(Ssml.speech().say(AdaptedCoaching.loadNotKept(amount, said,
                        exercise.isPresent())), session, state.turn()));
            }
            Load load = new Load(amount, said);
            SessionState next = state.adding(new ProgressChange.LoadUsed(exercise.get().id(), load));
            coach.sessions().write(input.getAttributesManager(), next);
            return Replies.of(input, narrator.withPrompt(Ssml.speech().say(AdaptedCoaching.loadKept(load, exercise.get())),
                    session, next.turn()));
        });
    }


    /** "What should I train today?": from the last week's sets, the goal and any pain, then the workout's question. */
    public Optional<Response> suggest(HandlerInput input) {
        return coach.asOwner(input, (state, user) -> {
            WorkoutSession session = coach.startingPoint(state);
            coach.sessions().write(input.getAttributesManager(), state.with(session));
            WeekPlan week = WeekPlan.of(state.progress(), coach.today(state), catalogue);
            if (week.suggestion() != null && session.phase() == Phase.CHOOSING) {
                SessionAttributes.offer(input.getAttributesManager(), week.suggestion().id());
            }
            return Replies.of(input, narrator.withPrompt(WeekWords.suggestion(week), session, state.turn()));
        });
    }
}
