package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Coaching;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection ratings of a muscle's last few sessions, read from the days kept with the progress (a session
 * here is a training day: ratings are kept per muscle per day, see {@link DayLog}), so steering the coaching needs
 * nothing stored beyond what is already kept. Days before {@code today} only: a workout under way is steered by
 * the sessions before it, not by its own first sets.
 */
public final class ConnectionHistory {

    /** How many of a muscle's latest rated sessions steer its coaching. */
    public static final int SESSIONS = 3;
    /** An average of this or less over {@value #SESSIONS} sessions brings gentler coaching. */
    public static final int LOW = 2;
    /** An average of this or more over {@value #SESSIONS} sessions brings progression. */
    public static final int HIGH = 4;

    private ConnectionHistory() {
    }

    /** Per muscle with {@value #SESSIONS} rated sessions before {@code today}: gentler, progressed, or as planned. */
    public static Coaching coaching(UserProgress progress, LocalDate today) {
        Map<String, Coaching.Kind> byMuscle = new HashMap<>();
        muscles(progress, today).forEach(muscle -> lastSessions(progress, muscle, today).ifPresent(tally -> {
            if (tally.sum() <= LOW * tally.count()) {
                byMuscle.put(muscle, Coaching.Kind.GENTLER);
            } else if (tally.sum() >= HIGH * tally.count()) {
                byMuscle.put(muscle, Coaching.Kind.PROGRESS);
            }
        }));
        return new Coaching(byMuscle);
    }

    /**
     * The ratings of {@code muscle}'s last {@value #SESSIONS} rated days before {@code today}, added up; empty while it
     * has fewer.
     */
    public static Optional<RatingTally> lastSessions(UserProgress progress, String muscle, LocalDate today) {
        List<RatingTally> tallies = progress.days().stream()
                .filter(d -> d.day().isBefore(today) && d.ratings().containsKey(muscle))
                .sorted(Comparator.comparing(DayLog::day).reversed())
                .limit(SESSIONS)
                .map(d -> d.ratings().get(muscle))
                .filter(t -> t.count() > 0 && t.sum() >= t.count() * WorkoutStateMachine.MIN_RATING)
                .toList();
        return tallies.size() < SESSIONS ? Optional.empty()
                : Optional.of(tallies.stream().reduce(RatingTally.NONE, RatingTally::plus));
    }

    private static List<String> muscles(UserProgress progress, LocalDate today) {
        return progress.days().stream().filter(d -> d.day().isBefore(today))
                .flatMap(d -> d.ratings().keySet().stream()).distinct().sorted().toList();
    }
}
