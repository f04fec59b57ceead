package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.WorkoutSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Progress as real training builds it: every routine of the catalogue in turn, every set rated. */
final class TrainingHistory {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final Preferences PREFERENCES = new Preferences(12, 1, 90, Preferences.Verbosity.BRIEF);

    /** A realistic Alexa user ID: "amzn1.ask.account." and about two hundred characters. */
    static final String LONG_USER_ID = "amzn1.ask.account." + "AMAXQ7Z3K2VBTYN5JHR4WLCPD6EGFSU".repeat(7);
    /** A recognized person's storage id under that account, its person ID as long: the longest key there is. */
    static final String LONG_PERSON_ID = new com.mindmusclecoach.progress.Trainee(LONG_USER_ID,
            "amzn1.ask.person." + "KQ2ZR7W4MBNXJ5TYH3LCV6PDGEFSA8U".repeat(7)).id();

    private TrainingHistory() {
    }

    /** {@code days} consecutive days of training, one routine a day (in order of id), ending with a full-body workout paused. */
    static UserProgress dailyTraining(int days) {
        List<Routine> routines = CatalogueFile.standard().routines().stream()
                .sorted(Comparator.comparing(Routine::id)).toList();
        List<ProgressChange> changes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            Routine routine = routines.get(d % routines.size());
            int set = 0;
            for (RoutineStep step : routine.steps()) {
                for (int s = 0; s < step.sets(); s++, set++) {
                    changes.add(ProgressChanges.setDone(step.exercise(), step.reps() + s % 3, day));
                    changes.add(new ProgressChange.RatingGiven(step.exercise().muscle(), 1 + (d + set) % 5, day));
                }
            }
            changes.add(new ProgressChange.WorkoutDone(day));
        }
        changes.add(new ProgressChange.PreferencesSet(PREFERENCES));
        changes.add(new ProgressChange.Unfinished(unfinishedFullBody()));
        return UserProgress.NONE.applyAll(changes);
    }

    /** The largest routine with all but its last set done, paused while rating the set before. */
    static WorkoutSession unfinishedFullBody() {
        Routine fullBody = CatalogueFile.standard().routine("full_body").orElseThrow();
        List<CompletedSet> done = new ArrayList<>();
        for (RoutineStep step : fullBody.steps()) {
            for (int s = 1; s <= step.sets(); s++) {
                done.add(new CompletedSet(step.exercise().id(), s, step.reps(), s % 2 == 0 ? null : 4));
            }
        }
        done.remove(done.size() - 1);
        int last = fullBody.steps().size() - 1;
        return new WorkoutSession(Phase.PAUSED, Phase.RATING, fullBody.id(), last, fullBody.step(last).sets(),
                PREFERENCES, done);
    }
}
