package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Kit;

import java.util.Optional;

/**
 * A workout asked for in people's words: "a quick ten minute workout", "something short for my arms", "triceps with
 * no equipment", "upper body with dumbbells"; and "no equipment" alone before a workout has started. Made from the
 * catalogue (see {@link Catalogue#madeId}, {@link Kit}); a request nothing fits without equipment or with dumbbells
 * gets the usual exercises, and the coach says so.
 */
public final class RequestWorkoutIntentHandler implements IntentRequestHandler {

    /** What "a quick workout" or "something short" means. */
    static final int SHORT_MINUTES = 10;
    /** What a request naming no muscle is made from. */
    static final String EVERYTHING = "full_body";

    private final Coach coach;
    private final Catalogue catalogue;

    public RequestWorkoutIntentHandler(Coach coach, Catalogue catalogue) {
        this.coach = coach;
        this.catalogue = catalogue;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        String name = request.getIntent().getName();
        return IntentNames.REQUEST_WORKOUT.equals(name)
                || IntentNames.NO_EQUIPMENT.equals(name) && coach.isChoosing(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        if (IntentNames.NO_EQUIPMENT.equals(request.getIntent().getName())) {
            return coach.turn(input, made(EVERYTHING, 0, Kit.NONE, null));
        }
        Optional<String> heard = Slots.heard(request, IntentNames.SLOT_WORKOUT);
        Optional<String> what = Slots.resolvedId(request, IntentNames.SLOT_WORKOUT);
        if (heard.isPresent() && what.isEmpty()) {
            return coach.turn(input, new Command.StartWorkout(null, heard.get()));
        }
        int minutes = Slots.number(request, IntentNames.SLOT_MINUTES).orElse(0);
        boolean isShort = Slots.resolvedId(request, IntentNames.SLOT_LENGTH).filter("short"::equals).isPresent();
        if (minutes <= 0 && isShort) {
            minutes = SHORT_MINUTES;
        }
        Kit kit = Slots.resolvedId(request, IntentNames.SLOT_KIT).flatMap(Kit::of).orElse(Kit.ANY);
        return coach.turn(input, made(what.orElse(EVERYTHING), minutes, kit, heard.orElse(null)));
    }

    /** The made workout, with the kit asked for when anything fits it; else as usual, saying so. */
    private Command.StartWorkout made(String what, int minutes, Kit kit, String heard) {
        String id = Catalogue.madeId(what, minutes, kit);
        return catalogue.routine(id).map(r -> new Command.StartWorkout(r.id(), heard))
                .orElse(new Command.StartWorkout(Catalogue.madeId(what, minutes, Kit.ANY), heard,
                        kit == Kit.ANY ? null : kit));
    }
}
