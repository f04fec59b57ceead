package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.User;
import com.mindmusclecoach.progress.ConnectionHistory;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.screens.Apl;
import com.mindmusclecoach.screens.ProgressScreen;
import com.mindmusclecoach.screens.Screen;
import com.mindmusclecoach.screens.WorkoutScreen;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.speech.AdaptedCoaching;
import com.mindmusclecoach.speech.Speech;
import com.mindmusclecoach.speech.Ssml;
import com.mindmusclecoach.speech.WeekWords;
import com.mindmusclecoach.workout.Coaching;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Equipment;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One coached turn, the same for every handler: read the session, apply the command to the workout, save
 * what must be remembered, speak what happened and ask the next question.
 *
 * <p>Storage is touched sparingly: progress is read once per session (and again only after a failed read
 * or a lost write race), and written when a set or workout is done, when the conversation ends with
 * something worth remembering, and for "delete my data". A write lands only on the very item its basis holds
 * (version and content, see {@link com.mindmusclecoach.progress.ProgressFingerprint}), so a copy of the progress
 * altered in the session is never written: the write loses its "race", and the changes go onto the item read anew. If storage fails, the workout goes on from the
 * session and the changes wait in it for the next save.
 *
 * <p>On a device with a screen, each response also shows what is happening (see {@link WorkoutScreen}).
 *
 * <p>Progress is whoever's is training (see {@link Trainee}): a voice profile Alexa recognized, or the account's when
 * nobody was recognized. A session belongs to whoever opened it: a turn in which Alexa recognizes nobody goes on as
 * theirs (recognition can miss a short reply), and a turn in which it recognizes someone else first saves the
 * session's changes for whoever opened it, then starts afresh for the new speaker (see {@link #handOver}).
 */
public final class Coach {

    private static final Logger LOG = LoggerFactory.getLogger(Coach.class);
    /** Pain in the same body part twice within this many days is referred to a doctor or physiotherapist. */
    static final int PAIN_REFERRAL_DAYS = 14;
    /** What "shall I delete it all?" stays open through (see {@link #askToDeleteAgain}). */
    private static final Set<Command> KEEP_THE_DELETE_QUESTION = Set.of(Command.Action.HELP,
            Command.Action.NOT_UNDERSTOOD, Command.Action.REPEAT);
    /**
     * A launch this soon after a session closed on silence mid-workout goes straight back to the set, rather than
     * offering to pick up: see docs/COACHING.md, "Waiting".
     */
    static final Duration STRAIGHT_BACK_WITHIN = Duration.ofMinutes(30);

    private final WorkoutStateMachine machine;
    private final Narrator narrator;
    private final WorkoutScreen screens;
    private final ProgressStore store;
    private final Clock clock;
    private final TimeZones timeZones;
    private final PlausibleChanges plausible;
    /** What a returning user is offered at launch; null offers nothing. */
    private final TodaysSuggestion suggestion;
    /** The session attribute that holds the routine offered at launch, for the yes that takes it. */
    static final String SUGGESTED = "suggested";
    /**
     * The session attribute set when the latest thing said invites the weight used ("If you like, tell me the weight you
     * used for biceps curls, like: I used twelve pounds"), so a bare number then is the weight; the next turn's write
     * drops it.
     */
    static final String WEIGHT_INVITED = "weightInvited";

    public Coach(WorkoutStateMachine machine, Narrator narrator, WorkoutScreen screens, ProgressStore store, Clock clock,
                 TimeZones timeZones, PlausibleChanges plausible) {
        this(machine, narrator, screens, store, clock, timeZones, plausible, null);
    }

    public Coach(WorkoutStateMachine machine, Narrator narrator, WorkoutScreen screens, ProgressStore store, Clock clock,
                 TimeZones timeZones, PlausibleChanges plausible, TodaysSuggestion suggestion) {
        this.suggestion = suggestion;
        this.machine = machine;
        this.plausible = plausible;
        this.narrator = narrator;
        this.screens = screens;
        this.store = store;
        this.clock = clock;
        this.timeZones = timeZones;
    }

    public Optional<Response> welcome(HandlerInput input) {
        return welcome(input, null, 0);
    }

    /**
     * @param previous what is said first, when this welcome takes over a session from someone else (see
     *                 {@link #handOver}); null otherwise
     */
    private Optional<Response> welcome(HandlerInput input, Ssml previous, int turn) {
        Trainee speaker = trainee(input);
        String user = speaker == null ? null : speaker.id();
        SessionState state = loaded(new SessionState(null, turn, null, List.of(), false, null, null, 0, null, user), input, user);
        UserProgress progress = progress(state);
        Optional<WorkoutSession> offer = Optional.ofNullable(progress.unfinished()).flatMap(machine::resumable);
        if (offer.isPresent() && justDropped(progress)) {
            // Back soon after a session closed on silence: straight into the set, as if the offer had been taken.
            offer = Optional.of(machine.apply(offer.get(), Command.Action.RESUME).session());
        }
        WorkoutSession session = offer.orElse(WorkoutSession.choosing(progress.preferences()));
        boolean firstTime = state.stored() == null || state.stored().isNew();
        ProgressReport report = firstTime ? null : ProgressReport.of(progress, today(state));
        state.with(session).write(input.getAttributesManager());
        Optional<TodaysSuggestion.Suggestion> suggested = report == null || offer.isPresent() || suggestion == null
                ? Optional.empty() : suggestion.today(progress, today(state));
        suggested.ifPresent(r -> offer(input, r.routine()));
        return respond(input, narrator.welcome(report, offer.orElse(null),
                suggested.map(TodaysSuggestion.Suggestion::routine).orElse(null),
                suggested.map(TodaysSuggestion.Suggestion::because).orElse(null),
                speaker == null ? null : speaker.person(), previous), screens.of(session));
    }

    /** Keeps {@code routine} as the one offered, so a yes starts it; the next turn's write drops it. */
    private static void offer(HandlerInput input, Routine routine) {
        Map<String, Object> attributes = new HashMap<>(input.getAttributesManager().getSessionAttributes());
        attributes.put(SUGGESTED, routine.id());
        input.getAttributesManager().setSessionAttributes(attributes);
    }

    /** The routine offered (at launch, or asked what to train), while its question is the open one. */
    public Optional<String> suggested(HandlerInput input) {
        Object id = input.getAttributesManager().getSessionAttributes().get(SUGGESTED);
        return id instanceof String s && !s.isBlank() && read(input).workout().phase() == Phase.CHOOSING
                ? Optional.of(s) : Optional.empty();
    }

    /**
     * Whether the latest thing said invites the weight used, in the rest after an exercise's first set (see
     * {@link com.mindmusclecoach.workout.Event.LoadAsked}): a bare number is then taken as the weight.
     */
    public boolean isWeightInvited(HandlerInput input) {
        return Boolean.TRUE.equals(input.getAttributesManager().getSessionAttributes().get(WEIGHT_INVITED))
                && read(input).workout().phase() == Phase.RESTING;
    }

    /** Keeps the invitation to say the weight open for the next turn only: its write drops it. */
    private static void inviteWeight(HandlerInput input) {
        Map<String, Object> attributes = new HashMap<>(input.getAttributesManager().getSessionAttributes());
        attributes.put(WEIGHT_INVITED, true);
        input.getAttributesManager().setSessionAttributes(attributes);
    }

    /** Whether no workout is under way in this session: a request for one starts it. */
    public boolean isChoosing(HandlerInput input) {
        Phase phase = read(input).workout().phase();
        return phase == Phase.CHOOSING || phase == Phase.FINISHED;
    }

    /** A turn whose command depends on what is stored ("surprise me" avoids the last workout). */
    public Optional<Response> turnWith(HandlerInput input, CommandFromProgress commandFrom) {
        return turn(input, commandFrom);
    }

    /**
     * A question about the workout ("what's next?", "how long is left?"): the answer, then the question the workout
     * is waiting on. Nothing changes, and nothing is saved.
     */
    public Optional<Response> answer(HandlerInput input, Function<WorkoutSession, Ssml> answer) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state.with(session).write(input.getAttributesManager());
            return respond(input, narrator.withPrompt(answer.apply(session), session, state.turn()));
        });
    }

    public Optional<Response> turn(HandlerInput input, Command command) {
        if (KEEP_THE_DELETE_QUESTION.contains(command) && isConfirmingDelete(input)) {
            return askToDeleteAgain(input, (Command.Action) command);
        }
        return turn(input, (progress, today) -> command);
    }

    /**
     * Pain or dizziness: the set stops, and whether the same body part hurt within the last
     * {@value #PAIN_REFERRAL_DAYS} days decides whether the coach refers the user to a professional.
     */
    public Optional<Response> reportPain(HandlerInput input, String bodyPart) {
        return turn(input, (progress, today) -> new Command.ReportPain(bodyPart,
                bodyPart != null && progress.painRecently(bodyPart, today, PAIN_REFERRAL_DAYS)));
    }

    /** A command that depends on what is stored, built once the progress is at hand. */
    public interface CommandFromProgress {
        Command of(UserProgress progress, LocalDate today);
    }

    private Optional<Response> turn(HandlerInput input, CommandFromProgress commandFrom) {
        return asOwner(input, (state, user) -> {
            Command command = commandFrom.of(progress(state), today(state));
            WorkoutSession before = startingPoint(state);
            Transition transition = machine.apply(before, command, coaching(input, progress(state), today(state)));
            List<ProgressChange> pending = new ArrayList<>(ProgressChanges.revised(state.pending(), state.sent(), before, transition));
            pending.addAll(ProgressChanges.of(before, transition, today(state)));
            state = state.with(transition.session()).withProgress(state.stored(), pending);
            boolean saved = true;
            if (transition.ends() || ProgressChanges.settlesASet(before, transition) || ProgressChanges.reportsPain(transition)) {
                state = saved(state, user);
                saved = state.pending().isEmpty() || !worthSaving(state, ProgressChanges.place(state.workout()));
            }
            state.write(input.getAttributesManager());
            if (transition.events().stream().anyMatch(com.mindmusclecoach.workout.Event.LoadAsked.class::isInstance)) {
                inviteWeight(input);
            }
            return respond(input, narrator.narrate(transition, state.turn(), saved), screens.after(transition).orElse(null));
        });
    }

    /** "How am I doing?": the report, then the question the workout is waiting on. */
    public Optional<Response> report(HandlerInput input) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state.with(session).write(input.getAttributesManager());
            ProgressReport report = state.stored() == null ? null : ProgressReport.of(progress(state), today(state));
            Screen screen = report == null ? screens.of(session) : ProgressScreen.of(report, progress(state), today(state));
            WeekPlan week = report == null ? null : WeekPlan.of(progress(state), today(state), machine.catalogue());
            return respond(input, narrator.report(report, session, state.turn(), week), screen);
        });
    }

    /**
     * "Set my weekly goal to three workouts": 1 to {@value UserProgress#MAX_WEEKLY_GOAL}. Kept with the changes
     * waiting to be saved, like a preference, so it is written with the next set or when the session ends, and costs
     * no write of its own; anything else ({@code workouts} null when no number was heard) is answered with how to
     * set one that can be kept, and nothing changes.
     */
    public Optional<Response> setWeeklyGoal(HandlerInput input, Integer workouts) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state = state.with(session);
            if (workouts == null || workouts < UserProgress.MIN_WEEKLY_GOAL || workouts > UserProgress.MAX_WEEKLY_GOAL) {
                state.write(input.getAttributesManager());
                return respond(input, narrator.withPrompt(WeekWords.goalNotSet(workouts), session, state.turn()));
            }
            List<ProgressChange> pending = new ArrayList<>(state.pending());
            pending.add(new ProgressChange.WeeklyGoalSet(workouts));
            state = state.withProgress(state.stored(), pending);
            state.write(input.getAttributesManager());
            WeekPlan week = WeekPlan.of(progress(state), today(state), machine.catalogue());
            return respond(input, narrator.withPrompt(WeekWords.goalSet(week), session, state.turn()));
        });
    }

    /** How earlier sessions steer this one: by the connection ratings, and the loads remembered. */
    private static Coaching coaching(HandlerInput input, UserProgress progress, LocalDate today) {
        return new Coaching(ConnectionHistory.coaching(progress, today).byMuscle(), progress.loads(), localUnit(input));
    }

    private static Load.Unit localUnit(HandlerInput input) {
        var request = input.getRequestEnvelope().getRequest();
        return Load.Unit.forLocale(request == null ? null : request.getLocale());
    }

    /**
     * "I used twelve pounds", or a bare "twelve" while the weight is invited (see {@link #isWeightInvited}): the
     * weight of the exercise whose set was just coached, if it uses dumbbells, kept with the unsaved changes (written
     * with the next set or at the end) and suggested next time. {@code unit} null: the unit last used for that
     * exercise, else the locale's. Anything else gets a way forward and keeps nothing.
     */
    public Optional<Response> loadUsed(HandlerInput input, Integer amount, Load.Unit unit) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state = state.with(session);
            List<com.mindmusclecoach.workout.CompletedSet> done = session.completed();
            Optional<Exercise> exercise = session.hasWorkout() && !done.isEmpty()
                    ? machine.catalogue().exercise(done.get(done.size() - 1).exerciseId())
                            .filter(e -> e.equipment() == Equipment.DUMBBELLS)
                    : Optional.empty();
            UserProgress progress = progress(state);
            Load.Unit said = unit != null ? unit : exercise.map(e -> progress.loads().get(e.id()))
                    .map(Load::unit).orElse(localUnit(input));
            if (exercise.isEmpty() || amount == null || amount < Load.MIN || amount > Load.MAX) {
                state.write(input.getAttributesManager());
                if (exercise.isPresent()) {
                    inviteWeight(input); // the way forward invites the weight again
                }
                return respond(input, narrator.withPrompt(Ssml.speech().say(AdaptedCoaching.loadNotKept(amount, said,
                        exercise.isPresent())), session, state.turn()));
            }
            Load load = new Load(amount, said);
            List<ProgressChange> pending = new ArrayList<>(state.pending());
            pending.add(new ProgressChange.LoadUsed(exercise.get().id(), load));
            SessionState next = state.withProgress(state.stored(), pending);
            next.write(input.getAttributesManager());
            return respond(input, narrator.withPrompt(Ssml.speech().say(AdaptedCoaching.loadKept(load, exercise.get())),
                    session, next.turn()));
        });
    }

    /** "What should I train today?": from the last week's sets, the goal and any pain, then the workout's question. */
    public Optional<Response> suggest(HandlerInput input) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state.with(session).write(input.getAttributesManager());
            WeekPlan week = WeekPlan.of(progress(state), today(state), machine.catalogue());
            if (week.suggestion() != null && session.phase() == Phase.CHOOSING) {
                offer(input, week.suggestion());
            }
            return respond(input, narrator.withPrompt(WeekWords.suggestion(week), session, state.turn()));
        });
    }

    /**
     * What a side request (training reminders, see {@link RemindersCoach}) makes of what is stored.
     *
     * @param said           a statement: the workout's question follows it
     * @param change         what to store, or null for nothing
     * @param consentCard    permissions a card in the Alexa app asks for; empty for no card
     * @param handOff        a directive that hands the conversation to Alexa for a while (the permission question),
     *                       or null: with one, no question follows, and the session waits for Alexa's answer
     */
    public record Aside(String said, ProgressChange change, List<String> consentCard, com.amazon.ask.model.Directive handOff) {

        public Aside {
            consentCard = consentCard == null ? List.of() : List.copyOf(consentCard);
        }

        public static Aside saying(String said) {
            return new Aside(said, null, List.of(), null);
        }
    }

    /** What a side request is told: the progress as now known, the device's zone id ("" when unknown), the turn. */
    public record AsideContext(UserProgress progress, String zone, int turn) {
    }

    /**
     * A side request in any state, mid-workout too: answered, its change (if any) saved with the progress, then back
     * to the question the workout is waiting on.
     */
    public Optional<Response> aside(HandlerInput input, java.util.function.Function<AsideContext, Aside> answer) {
        return asOwner(input, (state, user) -> {
            WorkoutSession session = startingPoint(state);
            state = state.with(session);
            Aside aside = answer.apply(new AsideContext(progress(state), state.zone() == null ? "" : state.zone(), state.turn()));
            if (aside.change() != null) {
                List<ProgressChange> pending = new ArrayList<>(state.pending());
                pending.add(aside.change());
                state = saved(state.withProgress(state.stored(), pending), user);
            }
            state.write(input.getAttributesManager());
            if (aside.handOff() != null) {
                // Alexa asks its own question now, and answers with a Connections.Response: the session stays as it is.
                return input.getResponseBuilder().withSpeech(com.mindmusclecoach.speech.Ssml.speech().say(aside.said()).toSpeech())
                        .addDirective(aside.handOff()).build();
            }
            Speech speech = narrator.withPrompt(Ssml.speech().say(aside.said()), session, state.turn());
            var builder = input.getResponseBuilder().withSpeech(speech.ssml()).withShouldEndSession(speech.ends())
                    .withReprompt(speech.reprompt());
            if (!aside.consentCard().isEmpty()) {
                builder.withAskForPermissionsConsentCard(aside.consentCard());
            }
            return builder.build();
        });
    }

    /** Asked by every yes and no: reads only the flag, not the whole session. */
    public boolean isConfirmingDelete(HandlerInput input) {
        return SessionState.isConfirmingDelete(input.getAttributesManager());
    }

    /** "Delete my data": asks first; nothing is deleted until the user says yes. */
    public Optional<Response> askToDelete(HandlerInput input) {
        SessionState given = read(input).nextTurn();
        Optional<Response> handedOver = handOver(input, given);
        if (handedOver.isPresent()) {
            return handedOver;
        }
        String user = whose(given, trainee(input));
        SessionState state = loaded(given.ownedBy(user), input, user).confirmingDelete(true);
        state.write(input.getAttributesManager());
        return respond(input, narrator.confirmDelete(personOf(user), !progress(state).reminders().isEmpty()));
    }

    /**
     * Help, "repeat", or words not understood while "shall I delete it all?" waits: help says what yes and no do,
     * and the question stays open, so a yes still deletes. Anything else the user asks for moves on: the question
     * is dropped and nothing is deleted.
     */
    private Optional<Response> askToDeleteAgain(HandlerInput input, Command.Action command) {
        SessionState state = read(input).nextTurn().confirmingDelete(true);
        state.write(input.getAttributesManager());
        return respond(input, switch (command) {
            case HELP -> narrator.deleteHelp();
            case NOT_UNDERSTOOD -> narrator.deleteNotUnderstood(state.turn());
            default -> narrator.confirmDelete(personOf(state.owner()), !progress(state).reminders().isEmpty());
        });
    }

    /**
     * Cancels the speaker's training reminders in Alexa, given their alert tokens (see {@link RemindersCoach}).
     * Never throws.
     */
    public interface ReminderCanceller {

        /** @return true when none of them is left set; false when some may still be (the API failed or was slow) */
        boolean cancelAll(List<String> alertTokens);
    }

    /**
     * The answer to "shall I delete it all?". A yes deletes the speaker's stored progress first, then cancels their
     * training reminders in Alexa: the deletion never waits on, or fails with, the Reminders API, and if the deletion
     * fails nothing is touched. A reminder that could not be cancelled is said to be in the Alexa app.
     */
    public Optional<Response> answerDelete(HandlerInput input, boolean confirmed, ReminderCanceller reminders) {
        SessionState given = read(input).nextTurn();
        Optional<Response> handedOver = handOver(input, given);
        if (handedOver.isPresent()) {
            return handedOver; // a yes in another voice deletes nothing
        }
        String user = whose(given, trainee(input));
        SessionState state = given.ownedBy(user);
        if (!confirmed) {
            state.write(input.getAttributesManager());
            return respond(input, narrator.keptData(state.workout(), state.turn()));
        }
        state = loaded(state, input, user);
        // Unknown when storage could not be read: then any reminders are said to be in the Alexa app.
        List<String> alertTokens = state.stored() == null ? null : progress(state).reminders();
        try {
            if (user != null) {
                store.delete(user);
            }
        } catch (ProgressUnavailableException e) {
            LOG.warn("delete failed, nothing deleted", e);
            state.write(input.getAttributesManager());
            return respond(input, narrator.deleteFailed(state.workout(), state.turn()));
        }
        new SessionState(WorkoutSession.choosing(), state.turn(), StoredProgress.NEW, List.of(), false, state.zone(), null, 0, null, user)
                .write(input.getAttributesManager());
        Narrator.Reminders cancelled = alertTokens == null ? Narrator.Reminders.MAYBE_LEFT
                : alertTokens.isEmpty() ? Narrator.Reminders.NONE
                : reminders.cancelAll(alertTokens) ? Narrator.Reminders.CANCELLED : Narrator.Reminders.MAYBE_LEFT;
        return respond(input, narrator.deleted(personOf(user), cancelled));
    }

    /** The user disabled the skill: everything stored under the account goes, its own and every person's. */
    public void forget(HandlerInput input) {
        String account = accountId(input);
        if (account != null) {
            store.deleteAccount(account);
        }
    }

    /** The session ended without a goodbye (silence, an error, the user walked away): keep what was done. */
    public Optional<Response> sessionEnded(HandlerInput input) {
        SessionState state = read(input);
        if (!state.pending().isEmpty() || state.workout().isUnfinished()) {
            saved(state, whose(state, trainee(input)), droppedAt(input, state.workout()));
        }
        return input.getResponseBuilder().build();
    }

    /**
     * Now, if Alexa closed the session because the trainee went silent in the middle of a workout (the reprompt went
     * unanswered): a launch within {@link #STRAIGHT_BACK_WITHIN} then goes straight back to the set. Null when the
     * user chose to leave ("exit"), after an error, and when the session closed on the offer to pick up or on the
     * question after pain: those are offered as usual next time.
     */
    private Instant droppedAt(HandlerInput input, WorkoutSession workout) {
        boolean silent = input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest ended
                && ended.getReason() == SessionEndedReason.EXCEEDED_MAX_REPROMPTS;
        boolean midWorkout = workout.phase() != Phase.OFFERING_RESUME && workout.activePhase() != Phase.AFTER_PAIN;
        return silent && midWorkout ? clock.instant() : null;
    }

    /** Whether the unfinished workout was left by a silent session within {@link #STRAIGHT_BACK_WITHIN}. */
    private boolean justDropped(UserProgress progress) {
        return progress.droppedAt() != null
                && !clock.instant().isAfter(progress.droppedAt().plus(STRAIGHT_BACK_WITHIN));
    }

    /** Apologizes for a fault and asks again; the session attributes of the request are left as they were. */
    public Optional<Response> recover(HandlerInput input) {
        SessionState state = read(input);
        return respond(input, narrator.trouble(state.workout(), state.turn() + 1));
    }

    /**
     * The session as the device sent it back, trusted no further than this skill could have left it: a workout it
     * could not have reached starts afresh, and unsaved changes it could not have made are dropped, each on its own,
     * with a warning (see {@link PlausibleChanges}).
     */
    private SessionState read(HandlerInput input) {
        SessionState given = SessionState.read(input.getAttributesManager());
        PlausibleChanges.Checked checked = plausible.check(given.pending(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        checked.dropped().forEach((index, why) -> LOG.warn("dropped unsaved change {} the session brought back: {}", index, why));
        checked.cut().forEach((index, why) -> LOG.warn("cut unsaved change {} the session brought back: {}", index, why));
        return given.with(machine.repaired(given.workout())).withChecked(checked);
    }

    /**
     * What a session needs once: the device's time zone and the stored progress. If storage is down, carries
     * on without it and reads again next turn.
     */
    private SessionState loaded(SessionState given, HandlerInput input, String user) {
        SessionState state = given.zone() != null ? given : given.inZone(zoneOf(input));
        if (state.stored() != null || user == null) {
            return state;
        }
        try {
            return state.withProgress(store.load(user), state.pending());
        } catch (ProgressUnavailableException e) {
            LOG.warn("progress unavailable for this turn; continuing from the session", e);
            return state;
        }
    }

    private String zoneOf(HandlerInput input) {
        var system = input.getRequestEnvelope().getContext() == null ? null : input.getRequestEnvelope().getContext().getSystem();
        if (system == null || system.getDevice() == null) {
            return "";
        }
        return timeZones.lookUp(system.getApiEndpoint(), system.getDevice().getDeviceId(), system.getApiAccessToken())
                .map(java.time.ZoneId::getId).orElse("");
    }

    /** A session opened by a one-shot request starts with the user's stored preferences. */
    private WorkoutSession startingPoint(SessionState state) {
        WorkoutSession session = state.workout();
        boolean fresh = session.phase() == Phase.CHOOSING
                && session.preferences().equals(Preferences.DEFAULT);
        return fresh && state.stored() != null ? session.withPreferences(progress(state).preferences()) : session;
    }

    private SessionState saved(SessionState given, String user) {
        return saved(given, user, null);
    }

    /** @param droppedAt when a silent session left the workout (see {@link #droppedAt}); null otherwise */
    private SessionState saved(SessionState given, String user, Instant droppedAt) {
        List<ProgressChange> place = ProgressChanges.place(given.workout(), droppedAt);
        if (user == null || !worthSaving(given, place)) {
            return given;
        }
        SessionState state = given;
        if (state.stored() == null || state.sent() > 0) {
            // After a failed write, read first: while storage stays away, a turn costs one failed call, not two,
            // and sends nothing, so the changes since can still be merged; and the read settles that write.
            try {
                state = state.readAgain(store.load(user), clock.instant());
            } catch (ProgressUnavailableException e) {
                LOG.warn("storage unreadable; {} changes kept in the session for the next save", state.pending().size(), e);
                return state;
            }
        }
        state = state.withSaveId();
        try {
            return state.withProgress(store.save(user, state.stored(), state.pending(), state.saveId(), state.sent(), place), List.of());
        } catch (ProgressUnavailableException e) {
            LOG.warn("save failed; {} changes kept in the session for the next save", state.pending().size(), e);
            return state.sentAll(clock.instant());
        }
    }

    /**
     * Nothing trained, rated or chosen, and no new place to keep: no write (see {@link ProgressChanges#worthSaving}).
     * A place already stored as it is (say, a finished workout's, saved with its last set) is not new.
     */
    private static boolean worthSaving(SessionState state, List<ProgressChange> place) {
        boolean stored = state.stored() != null && place.size() == 1
                && place.get(0) instanceof ProgressChange.Unfinished unfinished
                && Objects.equals(unfinished.session(), state.stored().progress().unfinished())
                && Objects.equals(unfinished.droppedAt(), state.stored().progress().droppedAt());
        return ProgressChanges.worthSaving(state.pending(), stored ? List.of() : place);
    }

    private static UserProgress progress(SessionState state) {
        UserProgress stored = state.stored() == null ? UserProgress.NONE : state.stored().progress();
        return stored.applyAll(state.pending());
    }

    private LocalDate today(SessionState state) {
        return LocalDate.ofInstant(clock.instant(), state.zoneId());
    }

    static Optional<Response> respond(HandlerInput input, Speech speech) {
        return respond(input, speech, null);
    }

    /** @param screen what a screen shows, or null to leave it as it is; a device without one gets no directive */
    private static Optional<Response> respond(HandlerInput input, Speech speech, Screen screen) {
        var builder = input.getResponseBuilder().withSpeech(speech.ssml()).withShouldEndSession(speech.ends());
        if (speech.reprompt() != null) {
            builder.withReprompt(speech.reprompt());
        }
        if (screen != null && Apl.isSupported(input)) {
            builder.addDirective(Apl.renderDocument(screen));
        }
        return builder.build();
    }

    /**
     * Runs {@code turn} on the session of whoever it belongs to (see {@link #whose}), progress loaded once; or, when
     * another recognized voice has taken over, answers with the hand-over instead (see {@link #handOver}).
     */
    private Optional<Response> asOwner(HandlerInput input, BiFunction<SessionState, String, Optional<Response>> turn) {
        SessionState given = read(input).nextTurn();
        Optional<Response> handedOver = handOver(input, given);
        if (handedOver.isPresent()) {
            return handedOver;
        }
        String user = whose(given, trainee(input));
        return turn.apply(loaded(given.ownedBy(user), input, user), user);
    }

    /**
     * Someone other than whoever opened the session is recognized: the session's changes are saved for whoever
     * opened it, then the new speaker starts afresh, welcomed as at a launch. If that save fails, the session goes on
     * as it was, said so, since switching now would lose those changes; the next turn tries again.
     *
     * @return the response, or empty when the speaker is the session's (or nobody was recognized this turn)
     */
    private Optional<Response> handOver(HandlerInput input, SessionState given) {
        Trainee speaker = trainee(input);
        if (speaker == null || !speaker.isPerson() || given.owner() == null
                || !speaker.account().equals(accountOf(given.owner())) || speaker.id().equals(given.owner())) {
            return Optional.empty();
        }
        String previous = given.owner();
        List<ProgressChange> place = ProgressChanges.place(given.workout());
        SessionState kept = saved(given, previous);
        boolean safe = !worthSaving(given, place)
                || kept.stored() != null && kept.pending().isEmpty() && !worthSaving(kept, place);
        if (!safe) {
            LOG.warn("another voice mid-session, but the session's changes are not saved yet; carrying on as before");
            kept.write(input.getAttributesManager());
            return respond(input, narrator.handOverFailed(personOf(previous), kept.workout(), kept.turn()));
        }
        boolean anythingDone = !given.pending().isEmpty() || ProgressChanges.isPlaceWorthKeeping(given.workout());
        return welcome(input, narrator.handedOver(personOf(previous), anythingDone), given.turn());
    }

    /**
     * Whose progress a turn works on: the session's owner, also in a turn where Alexa recognized nobody; the speaker's
     * when the session has no owner yet, or one of another account (attributes no session of this account left).
     */
    private static String whose(SessionState state, Trainee speaker) {
        if (speaker == null) {
            return null;
        }
        String owner = state.owner();
        return owner != null && speaker.account().equals(accountOf(owner)) ? owner : speaker.id();
    }

    private static String accountOf(String id) {
        int at = id.indexOf(Trainee.SEPARATOR);
        return at < 0 ? id : id.substring(0, at);
    }

    /** The person a storage id names, or null for an account's own. */
    private static String personOf(String id) {
        if (id == null) {
            return null;
        }
        int at = id.indexOf(Trainee.SEPARATOR);
        return at < 0 || !Trainee.isPersonId(id.substring(at + 1)) ? null : id.substring(at + 1);
    }

    /**
     * Who is speaking: the account, and the voice profile Alexa recognized ({@code context.System.person.personId});
     * null when the request names no account.
     */
    static Trainee trainee(HandlerInput input) {
        String account = accountId(input);
        if (account == null) {
            return null;
        }
        var context = input.getRequestEnvelope().getContext();
        var person = context == null || context.getSystem() == null ? null : context.getSystem().getPerson();
        return new Trainee(account, person == null ? null : person.getPersonId());
    }

    /** The storage id of whoever is speaking (see {@link Trainee}), or null when the request names no account. */
    static String userId(HandlerInput input) {
        Trainee trainee = trainee(input);
        return trainee == null ? null : trainee.id();
    }

    /** The Alexa user id, or null when a request carries none: such a request is coached but nothing is stored. */
    static String accountId(HandlerInput input) {
        var envelope = input.getRequestEnvelope();
        User user = envelope.getContext() != null && envelope.getContext().getSystem() != null
                ? envelope.getContext().getSystem().getUser() : null;
        if (user == null && envelope.getSession() != null) {
            user = envelope.getSession().getUser();
        }
        // An id with the separator would name someone else's storage: coached, but nothing stored (Alexa's have none).
        return user == null || !Trainee.isAccountId(user.getUserId()) ? null : user.getUserId();
    }
}
