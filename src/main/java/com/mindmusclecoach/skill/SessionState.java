package com.mindmusclecoach.skill;

import com.amazon.ask.attributes.AttributesManager;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.workout.WorkoutSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a conversation carries between turns in Alexa session attributes: the workout, a turn count,
 * the progress read once per session (with its version, for the next conditional write), changes not yet
 * saved, and whether a "delete my data" awaits its yes. Attributes come back from the device, so anything
 * unreadable is dropped rather than failing the turn: the workout starts afresh, stored progress is read again.
 *
 * @param stored  progress as last read or written; null until read (or while storage is unreachable)
 * @param pending changes not yet saved, retried on the next save
 * @param zone    the device's time zone; "" when it could not be known, null until looked up
 * @param saveId  names the batch of pending changes across save attempts, so a write that landed unseen is not
 *                applied twice; null while nothing is pending
 * @param sent    how many of the pending changes a failed write carried: it may have landed, so they keep their
 *                places in the batch until that is settled ({@link #readAgain}); the rest are merged as they come
 *                ({@link ProgressChanges#compact})
 * @param sentAt  when that write failed; null when unknown
 * @param owner   the storage id (see {@link com.mindmusclecoach.progress.Trainee}) whose progress {@code stored} and
 *                {@code pending} are: whoever the session was opened for, so that changes made for one person are
 *                never saved as another's when Alexa recognizes someone else mid-session; null until known
 */
record SessionState(WorkoutSession workout, int turn, StoredProgress stored, List<ProgressChange> pending,
                    boolean confirmingDelete, String zone, String saveId, int sent, Instant sentAt, String owner) {

    /**
     * A write's fate is sealed long before this: the SDK gives up on a call after 2 s and Lambda stops a turn
     * after 8 s. A write not in the table this long after it failed never will be.
     */
    static final Duration SETTLED_AFTER = Duration.ofSeconds(30);

    /**
     * More unsaved changes than a session makes: they are compacted to one per day plus the pain reports and one of
     * each last-writer-wins kind.
     */
    static final int MAX_PENDING = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SessionState.class);

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

    // Only record components travel: derived answers such as WorkoutSession.isUnfinished() would be
    // serialized as extra properties on every response otherwise.
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
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

    SessionState(WorkoutSession workout, int turn, StoredProgress stored, List<ProgressChange> pending,
                 boolean confirmingDelete, String zone, String saveId, int sent, Instant sentAt) {
        this(workout, turn, stored, pending, confirmingDelete, zone, saveId, sent, sentAt, null);
    }

    SessionState {
        workout = workout == null ? WorkoutSession.choosing() : workout;
        pending = pending == null ? List.of() : List.copyOf(pending);
        sent = Math.max(0, Math.min(sent, pending.size()));
        sentAt = sent == 0 ? null : sentAt;
    }

    static SessionState read(AttributesManager attributes) {
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
        return new SessionState(workout, turn instanceof Number n ? Math.max(0, n.intValue()) : 0,
                stored == null || stored.progress() == null ? null : stored,
                pending,
                Boolean.TRUE.equals(all.get(CONFIRMING_DELETE)), zone(all.get(ZONE)),
                saveId, sent == Integer.MAX_VALUE ? sent : sent - unreadableSent, instant(all.get(SENT_AT)),
                all.get(OWNER) instanceof String owner && !owner.isBlank() && owner.length() <= 1100 ? owner : null);
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

    static boolean isConfirmingDelete(AttributesManager attributes) {
        return Boolean.TRUE.equals(sessionAttributes(attributes).get(CONFIRMING_DELETE));
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

    void write(AttributesManager attributes) {
        Map<String, Object> all = new HashMap<>();
        all.put(WORKOUT, MAPPER.convertValue(workout, Map.class));
        all.put(TURN, turn);
        if (stored != null) {
            all.put(STORED, MAPPER.convertValue(stored, Map.class));
        }
        if (!pending.isEmpty()) {
            all.put(PENDING, typed(pending));
        }
        if (confirmingDelete) {
            all.put(CONFIRMING_DELETE, true);
        }
        if (zone != null) {
            all.put(ZONE, zone);
        }
        if (saveId != null) {
            all.put(SAVE_ID, saveId);
        }
        if (saveId != null || sent > 0) {
            all.put(SENT, sent);
        }
        if (sentAt != null) {
            all.put(SENT_AT, sentAt.toString());
        }
        if (owner != null) {
            all.put(OWNER, owner);
        }
        try {
            attributes.setSessionAttributes(all);
        } catch (IllegalStateException outOfSession) {
            // a request without a session: nothing travels to a next turn
        }
    }

    SessionState nextTurn() {
        return new SessionState(workout, turn + 1, stored, pending, false, zone, saveId, sent, sentAt, owner);
    }

    SessionState with(WorkoutSession next) {
        return new SessionState(next, turn, stored, pending, confirmingDelete, zone, saveId, sent, sentAt, owner);
    }

    /**
     * New stored progress and pending changes, those not yet sent merged; the batch id is dropped once nothing is
     * pending.
     */
    SessionState withProgress(StoredProgress nextStored, List<ProgressChange> nextPending) {
        boolean none = nextPending == null || nextPending.isEmpty();
        int keep = none ? 0 : Math.min(sent, nextPending.size());
        return new SessionState(workout, turn, nextStored, none ? List.of() : ProgressChanges.compact(nextPending, keep),
                confirmingDelete, zone, none ? null : saveId, keep, sentAt, owner);
    }

    /**
     * Progress read again, {@code now}. If a write of the pending changes failed earlier, what it landed is settled
     * once it landed whole (later writes are conditional on a newer version, earlier ones on older) or once
     * {@link #SETTLED_AFTER} has passed: the changes that landed go, and the rest start a new batch, merged.
     */
    SessionState readAgain(StoredProgress fresh, Instant now) {
        if (sent == 0) {
            return withProgress(fresh, pending);
        }
        int landed = Math.min(fresh.progress().savedCount(saveId), sent);
        boolean settled = landed == sent || sentAt != null && !now.isBefore(sentAt.plus(SETTLED_AFTER));
        if (!settled) {
            return withProgress(fresh, pending);
        }
        List<ProgressChange> rest = pending.subList(landed, pending.size());
        return new SessionState(workout, turn, fresh, ProgressChanges.compact(rest, 0), confirmingDelete, zone, null, 0, null, owner);
    }

    /** A write carried every pending change and failed {@code now}: it may have landed, so none of them may move. */
    SessionState sentAll(Instant now) {
        return new SessionState(workout, turn, stored, pending, confirmingDelete, zone, saveId, pending.size(), now, owner);
    }

    /**
     * Only the pending changes that passed {@code checked}; those dropped from the part a failed write carried no
     * longer count in it.
     */
    SessionState withChecked(PlausibleChanges.Checked checked) {
        if (checked.dropped().isEmpty() && checked.cut().isEmpty()) {
            return this;
        }
        return new SessionState(workout, turn, stored, checked.kept(), confirmingDelete, zone, saveId,
                sent - checked.droppedBefore(sent), sentAt, owner);
    }

    SessionState confirmingDelete(boolean value) {
        return new SessionState(workout, turn, stored, pending, value, zone, saveId, sent, sentAt, owner);
    }

    /** Gives the pending changes a batch id if they have none yet. */
    SessionState withSaveId() {
        return saveId != null || pending.isEmpty() ? this
                : new SessionState(workout, turn, stored, pending, confirmingDelete, zone, java.util.UUID.randomUUID().toString(), sent, sentAt, owner);
    }

    /** The session's progress as {@code id}'s (see {@link #owner}). */
    /**
     * The session as {@code id}'s. Attributes owned by another account (no session of this one left them) carry
     * nothing over: their progress and unsaved changes are not this trainee's.
     */
    SessionState ownedBy(String id) {
        if (owner != null && id != null && !Trainee.of(owner).account().equals(Trainee.of(id).account())) {
            return new SessionState(null, turn, null, List.of(), false, zone, null, 0, null, id);
        }
        return new SessionState(workout, turn, stored, pending, confirmingDelete, zone, saveId, sent, sentAt, id);
    }

    SessionState inZone(String value) {
        return new SessionState(workout, turn, stored, pending, confirmingDelete, value, saveId, sent, sentAt, owner);
    }

    /** The zone training days are counted in: the device's if known, else UTC. */
    java.time.ZoneId zoneId() {
        return zone == null || zone.isEmpty() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone);
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
