package com.mindmusclecoach.progress;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Pain or discomfort the user reported: what hurt, during which exercise, on which day. Kept a few weeks (see
 * {@link UserProgress#painReports()}) so a part that hurts again can be referred to a professional.
 *
 * @param bodyPart   an id such as "knee", "back" or "dizzy"; {@value #UNNAMED} when the user named none
 * @param exerciseId the exercise being done; null when there was no workout
 * @param day        the user's day of the report
 */
public record PainReport(String bodyPart, String exerciseId, LocalDate day) {

    /** The body part of a report that named none ("ouch"). A null body part is stored as this. */
    public static final String UNNAMED = "unnamed";

    /** The longest body part or exercise id a report may carry. */
    public static final int MAX_ID_LENGTH = 40;

    private static final Pattern ID = Pattern.compile("[a-z_]{1," + MAX_ID_LENGTH + "}");

    /** Refuses what no interaction could have produced, so tampered session attributes are dropped when read. */
    public PainReport {
        bodyPart = bodyPart == null ? UNNAMED : bodyPart;
        if (!isId(bodyPart)) {
            throw new IllegalArgumentException("a body part id is 1 to " + MAX_ID_LENGTH + " of a-z and _");
        }
        if (exerciseId != null && !isId(exerciseId)) {
            throw new IllegalArgumentException("an exercise id is 1 to " + MAX_ID_LENGTH + " of a-z and _");
        }
        if (day == null) {
            throw new IllegalArgumentException("a pain report needs its day");
        }
    }

    private static boolean isId(String id) {
        return ID.matcher(id).matches();
    }
}
