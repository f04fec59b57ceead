package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.progress.DayLog;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user was coached through, as seen from outside: each turn's workout in the session attributes, before
 * and after. A set is coached when the workout's list of completed sets grows by one; it must have the reps the
 * plan or the user's preference set, never more than twenty. At the end, what is stored must add up to exactly
 * this: every set, every rating, every finished workout.
 */
final class Ledger {

    private final Catalogue catalogue;
    private final Map<String, ExerciseTotals> sets = new HashMap<>();
    private int ratings;
    private int ratingSum;
    private int workouts;

    Ledger(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param before the workout the request carried (missing at the start of a session)
     * @param after  the workout the response carries
     */
    void observe(JsonNode before, JsonNode after) {
        JsonNode done = after.path("completed");
        for (JsonNode set : done) {
            JsonNode rating = set.path("rating");
            assertThat(rating.isNull() || rating.isInt() && rating.asInt() >= 1 && rating.asInt() <= 5)
                    .as("rating " + rating).isTrue();
            assertThat(set.path("reps").asInt()).isBetween(WorkoutStateMachine.MIN_REPS, WorkoutStateMachine.MAX_REPS);
        }
        if (before == null || before.isMissingNode() || !before.path("completed").isArray()) {
            return;
        }
        JsonNode had = before.path("completed");
        if (done.size() == had.size() + 1) {
            coached(before, done.get(done.size() - 1));
        } else if (isWithdrawn(had, done, after)) {
            JsonNode taken = had.get(had.size() - 1);
            count(taken.path("exerciseId").asText(), -1, -taken.path("reps").asInt());
        } else if (done.size() == had.size() && done.size() > 0
                && lastReps(done) != lastReps(had) && lastRating(done).isNull()) {
            count(done.get(done.size() - 1).path("exerciseId").asText(), 0, lastReps(done) - lastReps(had));
        } else if (done.size() == had.size() && done.size() > 0 && lastRating(had).isNull() && !lastRating(done).isNull()) {
            ratings++;
            ratingSum += lastRating(done).asInt();
        } else {
            assertThat(done.size()).as("sets coached in one turn").isLessThanOrEqualTo(had.size() + 1);
        }
        if (isDone(after) && !isDone(before)) {
            workouts++;
        }
    }

    /** Every set done: the cool-down is offered, or the session is over. */
    private static boolean isDone(JsonNode workout) {
        String phase = workout.path("phase").asText();
        return phase.equals("FINISHED") || phase.equals("COOLING_DOWN");
    }

    /** The user deleted their data: nothing before this counts. */
    void forget() {
        sets.clear();
        ratings = 0;
        ratingSum = 0;
        workouts = 0;
    }

    int setsCoached() {
        return sets.values().stream().mapToInt(ExerciseTotals::sets).sum();
    }

    int workouts() {
        return workouts;
    }

    Map<String, ExerciseTotals> sets() {
        return Map.copyOf(sets);
    }

    /** Stored progress holds every coached set, rating and finished workout: no more, no less. */
    void matches(UserProgress stored) {
        assertThat(stored.totals()).as("sets and reps stored per exercise").isEqualTo(sets);
        RatingTally tally = stored.days().stream().flatMap(d -> d.ratings().values().stream())
                .reduce(RatingTally.NONE, (a, b) -> new RatingTally(a.sum() + b.sum(), a.count() + b.count()));
        assertThat(tally).as("ratings stored").isEqualTo(new RatingTally(ratingSum, ratings));
        assertThat(stored.workoutsCompleted()).as("workouts finished").isEqualTo(workouts);
        assertThat(stored.days().stream().mapToInt(DayLog::sets).sum()).as("sets in the daily log").isEqualTo(setsCoached());
    }

    /**
     * Pain took back the set just coached: the workout stops after pain (or finishes) with every set but the last.
     * A new start or a start over empties the list instead, and leaves the workout briefing.
     */
    private static boolean isWithdrawn(JsonNode had, JsonNode done, JsonNode after) {
        String phase = after.path("phase").asText();
        if (done.size() != had.size() - 1 || !(phase.equals("AFTER_PAIN") || phase.equals("FINISHED"))) {
            return false;
        }
        for (int i = 0; i < done.size(); i++) {
            if (!done.get(i).equals(had.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A set coached: the plan's exercise, or the gentler one swapped in after pain; the plan's reps (or the user's),
     * with what "too hard" or "too easy" added, within one to twenty.
     */
    private void coached(JsonNode before, JsonNode set) {
        RoutineStep step = catalogue.routine(before.path("routineId").asText()).orElseThrow()
                .step(before.path("exerciseIndex").asInt());
        JsonNode adjustment = before.path("adjustment");
        Exercise exercise = adjustment.path("swap").isTextual()
                ? catalogue.exercise(adjustment.path("swap").asText()).orElseThrow() : step.exercise();
        int preferred = before.path("preferences").path("reps").asInt();
        int base = preferred > 0 ? preferred : exercise == step.exercise() ? step.reps() : exercise.reps();
        // A timed hold is stored as one rep: its seconds are not reps.
        int planned = exercise.isHold() ? 1 : Math.max(WorkoutStateMachine.MIN_REPS,
                Math.min(WorkoutStateMachine.MAX_REPS, base + adjustment.path("reps").asInt()));
        assertThat(set.path("exerciseId").asText()).isEqualTo(exercise.id());
        assertThat(set.path("setNumber").asInt()).isEqualTo(before.path("setNumber").asInt()).isLessThanOrEqualTo(step.sets());
        assertThat(set.path("reps").asInt()).as("reps coached").isEqualTo(planned);
        assertThat(set.path("rating").isNull()).isTrue();
        count(exercise.id(), 1, planned);
    }

    private void count(String exerciseId, int sets, int reps) {
        this.sets.merge(exerciseId, new ExerciseTotals(sets, reps),
                (a, b) -> new ExerciseTotals(a.sets() + b.sets(), a.reps() + b.reps()));
        this.sets.remove(exerciseId, new ExerciseTotals(0, 0));
    }

    private static int lastReps(JsonNode completed) {
        return completed.get(completed.size() - 1).path("reps").asInt();
    }

    private static JsonNode lastRating(JsonNode completed) {
        return completed.get(completed.size() - 1).path("rating");
    }
}
