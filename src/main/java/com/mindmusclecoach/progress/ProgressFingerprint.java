package com.mindmusclecoach.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/**
 * A short digest of a user's progress, the same for equal progress in any process: every map is taken in key order.
 * A write conditional on it (besides the version) lands only on the very content its basis holds, so a copy of the
 * progress altered on its way back from a device never becomes the basis of a write, and the skill still reads the
 * progress once per session rather than before every write.
 */
public final class ProgressFingerprint {

    private ProgressFingerprint() {
    }

    /**
     * 16 characters: the first 96 bits of SHA-256 over the canonical text, base64url. Enough that no altered copy
     * matches by chance or by search, and short, since every byte of the item counts against its 4 KB read.
     */
    public static String of(UserProgress progress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(progress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Every field, maps sorted; records and lists print in a fixed order already. */
    static String canonical(UserProgress p) {
        // Fields added later (a day's sets per exercise, the weekly goal) join the text only when they hold something,
        // so progress stored before them keeps the fingerprint it was stored with.
        List<Object> days = p.days().stream()
                .map(d -> d.exerciseSets().isEmpty()
                        ? List.of(d.day(), d.workouts(), d.sets(), d.reps(), new TreeMap<>(d.ratings()))
                        : List.of(d.day(), d.workouts(), d.sets(), d.reps(), new TreeMap<>(d.ratings()),
                                new TreeMap<>(d.exerciseSets())))
                .map(Object.class::cast).toList();
        List<Object> fields = new java.util.ArrayList<>(Arrays.asList(p.workoutsCompleted(), new TreeMap<>(p.totals()), days,
                p.streakStart(), p.lastTrainingDay(), p.bestStreak(), p.lastWorkout(), p.preferences(), p.unfinished(),
                p.droppedAt(), p.recentSaves(), p.painReports()));
        // Newer fields only when they hold something: progress without them keeps the fingerprint it had before they
        // existed, so items stored then still match their own content.
        if (!p.reminders().isEmpty()) {
            fields.add(p.reminders());
        }
        if (p.weeklyGoal() != 0) {
            fields.add("goal " + p.weeklyGoal());
        }
        if (!p.loads().isEmpty()) {
            fields.add(new TreeMap<>(p.loads()));
        }
        return String.valueOf(fields);
    }
}
