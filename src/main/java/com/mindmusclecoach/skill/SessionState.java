package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.WorkoutSession;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything a conversation carries between turns (see {@link SessionAttributes} for how it travels): the workout, a
 * turn count, the progress read once per session with the changes not yet saved, and whether a "delete my data"
 * awaits its yes.
 *
 * @param changes the progress as last read or written, and the changes on top of it not saved yet
 * @param zone    the device's time zone; "" when it could not be known, null until looked up
 * @param owner   the storage id (see {@link Trainee}) whose progress {@code changes} are: whoever the session was
 *                opened for, so that changes made for one person are never saved as another's when Alexa recognizes
 *                someone else mid-session; null until known
 */
record SessionState(WorkoutSession workout, int turn, UnsavedProgress changes, boolean confirmingDelete, String zone,
                    String owner) {

    SessionState {
        workout = workout == null ? WorkoutSession.choosing() : workout;
        changes = changes == null ? UnsavedProgress.NONE : changes;
    }

    /** A session nobody has trained in yet: turn {@code turn}, owned by {@code owner}. */
    static SessionState fresh(int turn, String owner) {
        return new SessionState(null, turn, null, false, null, owner);
    }

    /** Progress as last read or written; null until read (or while storage is unreachable). */
    StoredProgress stored() {
        return changes.stored();
    }

    /** Changes not yet saved. */
    List<ProgressChange> pending() {
        return changes.pending();
    }

    /** See {@link UnsavedProgress#sent}. */
    int sent() {
        return changes.sent();
    }

    /** See {@link UnsavedProgress#saveId}. */
    String saveId() {
        return changes.saveId();
    }

    /** See {@link UnsavedProgress#sentAt}. */
    Instant sentAt() {
        return changes.sentAt();
    }

    /** The progress as now known: stored, with the unsaved changes. */
    UserProgress progress() {
        return changes.progress();
    }

    SessionState nextTurn() {
        return new SessionState(workout, turn + 1, changes, false, zone, owner);
    }

    SessionState with(WorkoutSession next) {
        return new SessionState(next, turn, changes, confirmingDelete, zone, owner);
    }

    SessionState with(UnsavedProgress next) {
        return new SessionState(workout, turn, next, confirmingDelete, zone, owner);
    }

    /** {@code change} kept with the unsaved changes. */
    SessionState adding(ProgressChange change) {
        return with(changes.adding(change));
    }

    SessionState withConfirmingDelete(boolean value) {
        return new SessionState(workout, turn, changes, value, zone, owner);
    }

    SessionState withZone(String value) {
        return new SessionState(workout, turn, changes, confirmingDelete, value, owner);
    }

    /**
     * The session as {@code id}'s. Attributes owned by another account (no session of this one left them) carry
     * nothing over: their progress and unsaved changes are not this trainee's.
     */
    SessionState ownedBy(String id) {
        if (owner != null && id != null && !Trainee.of(owner).account().equals(Trainee.of(id).account())) {
            return new SessionState(null, turn, null, false, zone, id);
        }
        return new SessionState(workout, turn, changes, confirmingDelete, zone, id);
    }

    /** The zone training days are counted in: the device's if known, else UTC. */
    ZoneId zoneId() {
        return zone == null || zone.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zone);
    }
}
