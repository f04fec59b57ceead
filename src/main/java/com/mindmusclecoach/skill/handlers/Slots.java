package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;

import java.util.Optional;
import java.util.OptionalInt;

/** Reads slot values the way Alexa delivers them: resolved ids for custom types, digits for numbers. */
final class Slots {

    private Slots() {
    }

    /** The words Alexa heard for the slot, if any. */
    static Optional<String> heard(IntentRequest request, String name) {
        return slot(request, name).map(Slot::getValue).filter(v -> !v.isBlank());
    }

    /** The id entity resolution matched, if it matched. */
    static Optional<String> resolvedId(IntentRequest request, String name) {
        return slot(request, name)
                .map(Slot::getResolutions)
                .filter(r -> r.getResolutionsPerAuthority() != null)
                .flatMap(r -> r.getResolutionsPerAuthority().stream()
                        .filter(a -> a != null && matched(a))
                        .flatMap(a -> a.getValues().stream())
                        .filter(java.util.Objects::nonNull)
                        .map(ValueWrapper::getValue)
                        .filter(v -> v != null && v.getId() != null)
                        .map(v -> v.getId())
                        .findFirst());
    }

    /** A whole number heard for the slot; "?" or words that are not a number give empty. */
    static OptionalInt number(IntentRequest request, String name) {
        Optional<String> value = heard(request, name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get().strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean matched(Resolution resolution) {
        return resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                && resolution.getValues() != null;
    }

    private static Optional<Slot> slot(IntentRequest request, String name) {
        if (request.getIntent() == null || request.getIntent().getSlots() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getIntent().getSlots().get(name));
    }
}
