package com.mindmusclecoach.skill;

import com.amazon.ask.attributes.AttributesManager;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the {@link SessionState} in Alexa session attributes, trusting what the device sends back no
 * further than this skill could have left it.
 *
 * <p>Anything unreadable is dropped rather than failing the turn: the workout starts afresh, stored progress is read
 * again, and each unsaved change that cannot be read, or could not have been made (see {@link PlausibleChanges}), is
 * dropped on its own with a warning.
 */
final class SessionAttributes {

    /**
     * More unsaved changes than a session makes: they are compacted to one per day plus the pain reports and one of
     * each last-writer-wins kind.
     */
    static final int MAX_PENDING = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SessionAttributes.class);

    private static final String WORKOUT = "workout";
    private static final String TURN = "turn";
    private static final String STORED = "progress";
    private static final String PENDING = "pending";
    private static final String CONFIRMING_DELETE = "confirmingDelete";
    private static final String ZONE = "zone";
    private static final String SAVE_ID = "saveId";
    private static final String SENT = "sent";
    private static final String SENT_AT = "sentAt";
    private static final String OWNER = "owner";
    /** The routine offered (at launch, or asked what to train), for the yes that takes it; the next write drops it. */
    private static final String SUGGESTED = "suggested";
    /**
     * Set when the latest thing said invites the weight used ("If you like, tell me the weight you used for biceps
     * curls, like: I used twelve pounds"), so a bare number then is the weight; the next write drops it.
     */
    private static final String WEIGHT_INVITED = "weightInvited";

    // Only record components travel: derived answers such as WorkoutSession.isUnfinished() would be
    // serialized as extra properties on every response otherwise.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addMixIn(ProgressChange.class, ProgressChangeTypes.class);
    private static final JavaType PENDING_TYPE = MAPPER.getTypeFactory().constructCollectionType(List.class, ProgressChange.class);

    /** Names each kind of change in the JSON, keeping Jackson out of the domain. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ProgressChange.SetDone.class, name = "set"),
        @JsonSubTypes.Type(value = ProgressChange.RatingGiven.class, name = "rating"),
        @JsonSubTypes.Type(value = ProgressChange.WorkoutDone.class, name = "workout"),
        @JsonSubTypes.Type(value = ProgressChange.DayTotals.class, name = "day"),
        @JsonSubTypes.Type(value = ProgressChange.WorkoutStarted.class, name = "started"),
        @JsonSubTypes.Type(value = ProgressChange.Unfinished.class, name = "unfinished"),
        @JsonSubTypes.Type(value = ProgressChange.PreferencesSet.class, name = "preferences"),
        @JsonSubTypes.Type(value = ProgressChange.PainReported.class, name = "pain"),
        @JsonSubTypes.Type(value = ProgressChange.RemindersSet.class, name = "reminders"),
        @JsonSubTypes.Type(value = ProgressChange.WeeklyGoalSet.class, name = "goal"),
        @JsonSubTypes.Type(value = ProgressChange.LoadUsed.class, name = "load")})
    private interface ProgressChangeTypes {
    }

    private final WorkoutStateMachine machine;
    private final PlausibleChanges plausible;
    private final Clock clock;

    SessionAttributes(WorkoutStateMachine machine, PlausibleChanges plausible, Clock clock) {
        this.machine = machine;
        this.plausible = plausible;
        this.clock = clock;
    }

    /**
     * The session as the device sent it back: a workout this skill could not have reached starts afresh, and unsaved
     * changes it could not have made are dropped, each on its own, with a warning (see {@link PlausibleChanges}).
     */
    SessionState read(AttributesManager attributes) {
        SessionState given = decode(attributes);
        PlausibleChanges.Checked checked = plausible.check(given.pending(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        checked.dropped().forEach((index, why) -> LOG.warn("dropped unsaved change {} the session brought back: {}", index, why));
        checked.cut().forEach((index, why) -> LOG.warn("cut unsaved change {} the session brought back: {}", index, why));
        return given.with(machine.repaired(given.workout())).with(given.changes().withChecked(checked));
    }

    /** Writes {@code state} as the whole of the session attributes: whatever else they held goes. */
    void write(AttributesManager attributes, SessionState state) {
        encode(state, attributes);
    }

    /** Asked by every yes and no: reads only the flag, not the whole session. */
    static boolean isConfirmingDelete(AttributesManager attributes) {
        return Boolean.TRUE.equals(sessionAttributes(attributes).get(CONFIRMING_DELETE));
    }

    /** Keeps {@code routineId} as the one offered, so a yes starts it; the next write drops it. */
    static void offer(AttributesManager attributes, String routineId) {
        put(attributes, SUGGESTED, routineId);
    }

    /** The routine offered by the latest thing said, if any (see {@link #offer}). */
    static Optional<String> offered(AttributesManager attributes) {
        return attributes.getSessionAttributes().get(SUGGESTED) instanceof String s && !s.isBlank()
                ? Optional.of(s) : Optional.empty();
    }

    /** Keeps the invitation to say the weight open for the next turn only: its write drops it. */
    static void inviteWeight(AttributesManager attributes) {
        put(attributes, WEIGHT_INVITED, true);
    }

    /** Whether the latest thing said invites the weight used (see {@link #inviteWeight}). */
    static boolean isWeightInvited(AttributesManager attributes) {
        return Boolean.TRUE.equals(attributes.getSessionAttributes().get(WEIGHT_INVITED));
    }

    private static void put(AttributesManager attributes, String key, Object value) {
        Map<String, Object> all = new HashMap<>(attributes.getSessionAttributes());
        all.put(key, value);
        attributes.setSessionAttributes(all);
    }

    /** The session as written, checked no further than each value being readable. */
    static SessionState decode(AttributesManager attributes) {
        Map<String, Object> all = sessionAttributes(attributes);
        WorkoutSession workout = convert(all.get(WORKOUT), MAPPER.constructType(WorkoutSession.class));
        if (workout != null && workout.phase() == null) {
            workout = null;
        }
        StoredProgress stored = convert(all.get(STORED), MAPPER.constructType(StoredProgress.class));
        Object turn = all.get(TURN);
        String saveId = all.get(SAVE_ID) instanceof String id && !id.isBlank() && id.length() <= 64 ? id : null;
        // A batch without its count may have been sent whole: none of its changes may move.
        int sent = all.get(SENT) instanceof Number n ? n.intValue() : saveId != null ? Integer.MAX_VALUE : 0;
        List<ProgressChange> pending = new ArrayList<>();
        int unreadableSent = readChanges(all.get(PENDING), sent, pending);
        UnsavedProgress changes = new UnsavedProgress(stored == null || stored.progress() == null ? null : stored,
                pending, saveId, sent == Integer.MAX_VALUE ? sent : sent - unreadableSent, instant(all.get(SENT_AT)));
        return new SessionState(workout, turn instanceof Number n ? Math.max(0, n.intValue()) : 0, changes,
                Boolean.TRUE.equals(all.get(CONFIRMING_DELETE)), zone(all.get(ZONE)),
                all.get(OWNER) instanceof String owner && !owner.isBlank() && owner.length() <= 1100 ? owner : null);
    }

    /** Writes {@code state} as the whole of the session attributes. */
    static void encode(SessionState state, AttributesManager attributes) {
        UnsavedProgress changes = state.changes();
        Map<String, Object> all = new HashMap<>();
        all.put(WORKOUT, MAPPER.convertValue(state.workout(), Map.class));
        all.put(TURN, state.turn());
        if (changes.stored() != null) {
            all.put(STORED, MAPPER.convertValue(changes.stored(), Map.class));
        }
        if (!changes.pending().isEmpty()) {
            all.put(PENDING, typed(changes.pending()));
        }
        if (state.confirmingDelete()) {
            all.put(CONFIRMING_DELETE, true);
        }
        if (state.zone() != null) {
            all.put(ZONE, state.zone());
        }
        if (changes.saveId() != null) {
            all.put(SAVE_ID, changes.saveId());
        }
        if (changes.saveId() != null || changes.sent() > 0) {
            all.put(SENT, changes.sent());
        }
        if (changes.sentAt() != null) {
            all.put(SENT_AT, changes.sentAt().toString());
        }
        if (state.owner() != null) {
            all.put(OWNER, state.owner());
        }
        try {
            attributes.setSessionAttributes(all);
        } catch (IllegalStateException outOfSession) {
            // a request without a session: nothing travels to a next turn
        }
    }

    /**
     * Reads the pending changes into {@code into}, each on its own: one that cannot be read is dropped with a warning,
     * and the rest are kept. At most {@value #MAX_PENDING} are read.
     *
     * @return how many of the first {@code sent} were dropped: the changes a failed write carried are counted by
     *         position, so the count shrinks with them
     */
    private static int readChanges(Object value, int sent, List<ProgressChange> into) {
        if (!(value instanceof List<?> list)) {
            return 0;
        }
        int droppedSent = 0;
        for (int i = 0; i < Math.min(list.size(), MAX_PENDING); i++) {
            ProgressChange change = list.get(i) == null ? null : convert(list.get(i), MAPPER.constructType(ProgressChange.class));
            if (change == null) {
                LOG.warn("dropped unsaved change {} the session brought back: unreadable", i);
                droppedSent += i < sent ? 1 : 0;
            } else {
                into.add(change);
            }
        }
        if (list.size() > MAX_PENDING) {
            LOG.warn("dropped {} unsaved changes the session brought back: more than {}", list.size() - MAX_PENDING, MAX_PENDING);
        }
        return droppedSent;
    }

    private static Instant instant(Object value) {
        try {
            return value instanceof String text ? Instant.parse(text) : null;
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    /** Requests outside a session (skill events) have no attributes to read or write. */
    private static Map<String, Object> sessionAttributes(AttributesManager attributes) {
        try {
            Map<String, Object> all = attributes.getSessionAttributes();
            return all == null ? Map.of() : all;
        } catch (IllegalStateException outOfSession) {
            return Map.of();
        }
    }

    /** A zone id as stored, "" for a zone known to be unknown; anything unreadable is looked up again. */
    private static String zone(Object stored) {
        if (!(stored instanceof String value)) {
            return null;
        }
        try {
            return value.isEmpty() ? value : java.time.ZoneId.of(value).getId();
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    /** The pending changes as plain JSON values, each naming its kind (the list's element type carries the names). */
    private static Object typed(List<ProgressChange> changes) {
        try {
            return MAPPER.readValue(MAPPER.writerFor(PENDING_TYPE).writeValueAsBytes(changes), List.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("progress changes cannot be written as JSON", e);
        }
    }

    private static <T> T convert(Object value, JavaType type) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.convertValue(value, type);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
