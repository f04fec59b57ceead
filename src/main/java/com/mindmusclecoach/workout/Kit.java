package com.mindmusclecoach.workout;

import java.util.Optional;

/** What a made workout may be done with, as its id spells it (see {@link Catalogue#madeId}). */
public enum Kit {
    /** The exercises as the catalogue has them. */
    ANY("any"),
    /** Bodyweight, a chair or a mat only: each exercise needing weights gives way to its alternative, or goes. */
    NONE("none"),
    /**
     * Dumbbells wherever the catalogue has an exercise with them for the same muscle; the rest as they are. Nothing
     * fits when no exercise uses dumbbells then.
     */
    DUMBBELLS("dumbbells");

    private final String id;

    Kit(String id) {
        this.id = id;
    }

    /** As a made id and the interaction model's {@code WorkoutKit} slot spell it. */
    public String id() {
        return id;
    }

    /** The kit an id names; empty for anything else. */
    public static Optional<Kit> of(String id) {
        for (Kit kit : values()) {
            if (kit.id.equals(id)) {
                return Optional.of(kit);
            }
        }
        return Optional.empty();
    }
}
