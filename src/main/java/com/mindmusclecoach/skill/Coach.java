package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.mindmusclecoach.observability.Metric;
import com.mindmusclecoach.observability.TurnMetrics;
import com.mindmusclecoach.observability.Turns;
import com.mindmusclecoach.progress.ConnectionHistory;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.progress.ProgressSync;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.screens.WorkoutScreen;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.speech.Speech;
import com.mindmusclecoach.speech.Ssml;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Coaching;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One coached turn, the same for every handler: read the session, apply the command to the workout, save
 * what must be remembered, speak what happened and ask the next question.
 *
 * <p>Storage is touched sparingly (see {@link ProgressSync}): progress is read once per session (and again only after
 * a failed read or a lost write race), and written when a set or workout is done, when the conversation ends with
 * something worth remembering, and for "delete my data" (see {@link DeleteDialogue}). If storage fails, the workout
 * goes on from the session and the changes wait in it for the next save (see {@link SessionAttributes}).
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
    /**
     * A launch this soon after a session closed on silence mid-workout goes straight back to the set, rather than
     * offering to pick up: see docs/COACHING.md, "Waiting".
     */
    static final Duration STRAIGHT_BACK_WITHIN = Duration.ofMinutes(30);

    private final WorkoutStateMachine machine;
    private final Narrator narrator;
    private final WorkoutScreen screens;
    private final Clock clock;
    private final TimeZones timeZones;
    /** What a returning user is offered at launch; null offers nothing. */
    private final TodaysSuggestion suggestion;
    private final SessionAttributes sessions;
    private final ProgressSync sync;
    private final DeleteDialogue delete;

    public Coach(WorkoutStateMachine machine, Narrator narrator, WorkoutScreen screens, ProgressStore store, Clock clock,
                 TimeZones timeZones, PlausibleChanges plausible) {
        this(machine, narrator, screens, store, clock, timeZones, plausible, null);
    }

    public Coach(WorkoutStateMachine machine, Narrator narrator, WorkoutScreen screens, ProgressStore store, Clock clock,
                 TimeZones timeZones, PlausibleChanges plausible, TodaysSuggestion suggestion) {
        this.suggestion = suggestion;
        this.machine = machine;
        this.narrator = narrator;
        this.screens = screens;
        this.clock = clock;
        this.timeZones = timeZones;
        this.sessions = new SessionAttributes(machine, plausible, clock);
        this.sync = new ProgressSync(store, clock, (message, cause) -> {
            LOG.warn(message, cause);
            Turns.current().count(Metric.STORAGE_UNAVAILABLE);
        });
        this.delete = new DeleteDialogue(this, narrator, store, sessions);
    }

    /** The session-attribute codec, for the classes that answer on the coach's sessions ({@link ProgressAnswers}). */
    SessionAttributes sessions() {
        return sessions;
    }

    public Optional<Response> welcome(HandlerInput input) {
        return welcome(input, null, 0);
    }

    /**
     * @param previous what is said first, when this welcome takes over a session from someone else (see
     *                 {@link #handOver}); null otherwise
     */
    private Optional<Response> welcome(HandlerInput input, Ssml previous, int turn) {
        Trainee speaker = Speakers.trainee(input);
        String user = speaker == null ? null : speaker.id();
        return welcome(input, loaded(SessionState.fresh(turn, user), input, user), speaker, previous, false);
    }

    /** @param resumeAtOnce the offer is taken before it is made: "Alexa, ask mind muscle coach to resume" */
    private Optional<Response> welcome(HandlerInput input, SessionState state, Trainee speaker, Ssml previous,
                                       boolean resumeAtOnce) {
        UserProgress progress = state.progress();
        Optional<WorkoutSession> offer = offer(progress);
        if (offer.isPresent() && (resumeAtOnce || justDropped(progress))) {
            // Asked to resume, or back soon after a session closed on silence: straight into the set, as if the offer
            // had been taken.
            offer = Optional.of(machine.apply(offer.get(), Command.Action.RESUME).session());
        }
        WorkoutSession session = offer.orElse(WorkoutSession.choosing(progress.preferences()));
        boolean firstTime = state.stored() == null || state.stored().isNew();
        ProgressReport report = firstTime ? null : ProgressReport.of(progress, today(state));
        sessions.write(input.getAttributesManager(), state.with(session));
        Optional<TodaysSuggestion.Suggestion> suggested = report == null || offer.isPresent() || suggestion == null
                ? Optional.empty() : suggestion.today(progress, today(state));
        suggested.ifPresent(r -> SessionAttributes.offer(input.getAttributesManager(), r.routine().id()));
        return Replies.of(input, narrator.welcome(report, offer.orElse(null),
                suggested.map(TodaysSuggestion.Suggestion::routine).orElse(null),
                suggested.map(TodaysSuggestion.Suggestion::because).orElse(null),
                speaker == null ? null : speaker.person(), previous), screens.of(session));
    }

    /** The routine offered (at launch, or asked what to train), while its question is the open one. */
    public Optional<String> suggested(HandlerInput input) {
        return SessionAttributes.offered(input.getAttributesManager())
                .filter(id -> sessions.read(input.getAttributesManager()).workout().phase() == Phase.CHOOSING);
    }

    /**
     * Whether the latest thing said invites the weight used, in the rest after an exercise's first set (see
     * {@link com.mindmusclecoach.workout.Event.LoadAsked}): a bare number is then taken as the weight.
     */
    public boolean isWeightInvited(HandlerInput input) {
        return SessionAttributes.isWeightInvited(input.getAttributesManager())
                && sessions.read(input.getAttributesManager()).workout().phase() == Phase.RESTING;
    }

    /** Whether no workout is under way in this session: a request for one starts it. */
    public boolean isChoosing(HandlerInput input) {
        Phase phase = sessions.read(input.getAttributesManager()).workout().phase();
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
            WorkoutSession session = oneShotOffer(state, input).orElseGet(() -> startingPoint(state));
            sessions.write(input.getAttributesManager(), state.with(session));
            return Replies.of(input, narrator.withPrompt(answer.apply(session), session, state.turn()));
        });
    }

    public Optional<Response> turn(HandlerInput input, Command command) {
        if (DeleteDialogue.KEEP_THE_QUESTION.contains(command) && delete.isConfirming(input)) {
            return delete.askAgain(input, (Command.Action) command);
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

    /**
     * One-shots that open a session ("Alexa, ask mind muscle coach to resume") and take up the workout left unfinished
     * at once, as a launch's offer taken: "Welcome back. Set two of biceps curls is next. Ready?"
     */
    private static final Set<Command> ONE_SHOT_RESUMES = Set.of(Command.Action.RESUME, Command.Action.READY,
            Command.Action.YES);
    /** One-shots answered about the workout left unfinished, then its offer: "One set of curls to go... carry on?" */
    private static final Set<Command> ONE_SHOT_QUESTIONS = Set.of(Command.Action.HOW_MANY_LEFT);

    /** A command that depends on what is stored, built once the progress is at hand. */
    public interface CommandFromProgress {
        Command of(UserProgress progress, LocalDate today);
    }

    private Optional<Response> turn(HandlerInput input, CommandFromProgress commandFrom) {
        return asOwner(input, (given, user) -> {
            SessionState state = given;
            Command command = commandFrom.of(state.progress(), today(state));
            Optional<WorkoutSession> offered = oneShotOffer(state, input);
            if (offered.isPresent() && ONE_SHOT_RESUMES.contains(command)) {
                return welcome(input, state, Speakers.trainee(input), null, true);
            }
            if (offered.isPresent() && ONE_SHOT_QUESTIONS.contains(command)) {
                state = state.with(offered.get());
            }
            WorkoutSession before = startingPoint(state);
            Transition transition = machine.apply(before, command, coaching(input, state.progress(), today(state)));
            List<ProgressChange> pending = new ArrayList<>(ProgressChanges.revised(state.pending(), state.sent(), before, transition));
            pending.addAll(ProgressChanges.of(before, transition, today(state)));
            state = state.with(transition.session()).with(state.changes().withProgress(state.stored(), pending));
            boolean saved = true;
            if (transition.ends() || ProgressChanges.settlesASet(before, transition) || ProgressChanges.reportsPain(transition)) {
                state = saved(state, user, null);
                saved = ProgressSync.isSettled(state.changes(), ProgressChanges.place(state.workout()));
            }
            measure(transition, saved);
            sessions.write(input.getAttributesManager(), state);
            if (transition.events().stream().anyMatch(com.mindmusclecoach.workout.Event.LoadAsked.class::isInstance)) {
                SessionAttributes.inviteWeight(input.getAttributesManager());
            }
            return Replies.of(input, narrator.narrate(transition, state.turn(), saved), screens.after(transition).orElse(null));
        });
    }

    /** How earlier sessions steer this one: by the connection ratings, and the loads remembered. */
    private static Coaching coaching(HandlerInput input, UserProgress progress, LocalDate today) {
        return new Coaching(ConnectionHistory.coaching(progress, today).byMuscle(), progress.loads(), localUnit(input));
    }

    static Load.Unit localUnit(HandlerInput input) {
        var request = input.getRequestEnvelope().getRequest();
        return Load.Unit.forLocale(request == null ? null : request.getLocale());
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
            Aside aside = answer.apply(new AsideContext(state.progress(), state.zone() == null ? "" : state.zone(), state.turn()));
            if (aside.change() != null) {
                state = saved(state.adding(aside.change()), user, null);
            }
            sessions.write(input.getAttributesManager(), state);
            if (aside.handOff() != null) {
                // Alexa asks its own question now, and answers with a Connections.Response: the session stays as it is.
                return Replies.handingOff(input, aside.said(), aside.handOff());
            }
            Speech speech = narrator.withPrompt(Ssml.speech().say(aside.said()), session, state.turn());
            return Replies.withConsentCard(input, speech, aside.consentCard());
        });
    }

    /** Asked by every yes and no: reads only the flag, not the whole session. */
    public boolean isConfirmingDelete(HandlerInput input) {
        return delete.isConfirming(input);
    }

    /** "Delete my data": asks first; nothing is deleted until the user says yes (see {@link DeleteDialogue}). */
    public Optional<Response> askToDelete(HandlerInput input) {
        return delete.ask(input);
    }

    /**
     * Cancels the speaker's training reminders in Alexa, given their alert tokens (see {@link RemindersCoach}).
     * Never throws.
     */
    public interface ReminderCanceller {

        /**
         * @param turnStarted {@link System#nanoTime()} when the turn began: the API gets what is left of the turn's
         *                    budget, so a slow storage call and a slow API together still answer within Lambda's timeout
         * @return true when none of them is left set; false when some may still be (the API failed or was slow)
         */
        boolean cancelAll(List<String> alertTokens, long turnStarted);
    }

    /** The answer to "shall I delete it all?" (see {@link DeleteDialogue#answer}). */
    public Optional<Response> answerDelete(HandlerInput input, boolean confirmed, ReminderCanceller reminders) {
        return delete.answer(input, confirmed, reminders);
    }

    /** The user disabled the skill: everything stored under the account goes, its own and every person's. */
    public void forget(HandlerInput input) {
        delete.forget(input);
    }

    /** The session ended without a goodbye (silence, an error, the user walked away): keep what was done. */
    public Optional<Response> sessionEnded(HandlerInput input) {
        SessionState state = sessions.read(input.getAttributesManager());
        if (!state.pending().isEmpty() || state.workout().isUnfinished()) {
            SessionState after = saved(state, Speakers.whose(state, Speakers.trainee(input)), droppedAt(input, state.workout()));
            Turns.current().routine(state.workout().routineId());
            if (!ProgressSync.isSettled(after.changes(), ProgressChanges.place(after.workout()))) {
                Turns.current().count(Metric.UNSAVED_GOODBYES);
            }
        }
        return Replies.nothing(input);
    }

    /**
     * What the turn's events add to its metrics (see docs/OPERATIONS.md): sets coached (a set coached one side at a
     * time counts once), workouts finished, each rating's value, pain; and a goodbye whose changes could not be saved.
     */
    private static void measure(Transition transition, boolean saved) {
        TurnMetrics metrics = Turns.current();
        metrics.routine(Catalogue.withoutPace(transition.session().routineId()));
        for (Event event : transition.events()) {
            if (event instanceof Event.SetCoached set && set.part() != Event.Part.SECOND_SIDE) {
                metrics.count(Metric.SETS_COACHED);
            } else if (event instanceof Event.WorkoutFinished) {
                metrics.count(Metric.WORKOUTS_FINISHED);
            } else if (event instanceof Event.RatingTaken rating && rating.rating() != null) {
                metrics.add(Metric.CONNECTION_RATING, rating.rating());
            } else if (event instanceof Event.PainHeard) {
                metrics.count(Metric.PAIN_REPORTED);
            }
        }
        if (transition.ends() && !saved) {
            metrics.count(Metric.UNSAVED_GOODBYES);
        }
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
        SessionState state = sessions.read(input.getAttributesManager());
        return Replies.of(input, narrator.trouble(state.workout(), state.turn() + 1));
    }

    /**
     * What a session needs once: the device's time zone and the stored progress. If storage is down, carries
     * on without it and reads again next turn.
     */
    SessionState loaded(SessionState given, HandlerInput input, String user) {
        SessionState state = given.zone() != null ? given : given.withZone(zoneOf(input));
        return state.with(sync.loaded(user, state.changes()));
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
    WorkoutSession startingPoint(SessionState state) {
        WorkoutSession session = state.workout();
        boolean fresh = session.phase() == Phase.CHOOSING
                && session.preferences().equals(Preferences.DEFAULT);
        return fresh && state.stored() != null ? session.withPreferences(state.progress().preferences()) : session;
    }

    /**
     * The session's changes saved for {@code user} (see {@link ProgressSync#saved}), with the place the workout is at.
     *
     * @param droppedAt when a silent session left the workout (see {@link #droppedAt}); null otherwise
     */
    private SessionState saved(SessionState given, String user, Instant droppedAt) {
        return given.with(sync.saved(user, given.changes(), ProgressChanges.place(given.workout(), droppedAt)));
    }

    LocalDate today(SessionState state) {
        return LocalDate.ofInstant(clock.instant(), state.zoneId());
    }

    /**
     * Runs {@code turn} on the session of whoever it belongs to (see {@link Speakers#whose}), progress loaded once; or, when
     * another recognized voice has taken over, answers with the hand-over instead (see {@link #handOver}).
     */
    Optional<Response> asOwner(HandlerInput input, BiFunction<SessionState, String, Optional<Response>> turn) {
        return owned(input, (state, user) -> turn.apply(loaded(state, input, user), user));
    }

    /**
     * The workout the user left unfinished, as offered to pick up (see {@link WorkoutStateMachine#resumable}), at the
     * preferences stored since: a session that declined it may have changed them ("slower"), and they are the latest.
     */
    private Optional<WorkoutSession> offer(UserProgress progress) {
        return Optional.ofNullable(progress.unfinished()).flatMap(machine::resumable)
                .map(offered -> offered.withPreferences(progress.preferences()));
    }

    /**
     * A one-shot request that opens a session ("Alexa, ask mind muscle coach how many sets are left") with no workout
     * in it yet: the workout left unfinished, as a launch would offer it, to answer about; empty otherwise.
     */
    private Optional<WorkoutSession> oneShotOffer(SessionState state, HandlerInput input) {
        var session = input.getRequestEnvelope().getSession();
        boolean opensTheSession = session != null && Boolean.TRUE.equals(session.getNew());
        return opensTheSession && state.workout().phase() == Phase.CHOOSING ? offer(state.progress()) : Optional.empty();
    }

    /** As {@link #asOwner}, with nothing loaded: the session as it came, made whoever's it is. */
    Optional<Response> owned(HandlerInput input, BiFunction<SessionState, String, Optional<Response>> turn) {
        SessionState given = sessions.read(input.getAttributesManager()).nextTurn();
        Optional<Response> handedOver = handOver(input, given);
        if (handedOver.isPresent()) {
            return handedOver;
        }
        String user = Speakers.whose(given, Speakers.trainee(input));
        return turn.apply(given.ownedBy(user), user);
    }

    /**
     * Someone other than whoever opened the session is recognized: the session's changes are saved for whoever
     * opened it, then the new speaker starts afresh, welcomed as at a launch. If that save fails, the session goes on
     * as it was, said so, since switching now would lose those changes; the next turn tries again.
     *
     * @return the response, or empty when the speaker is the session's (or nobody was recognized this turn)
     */
    private Optional<Response> handOver(HandlerInput input, SessionState given) {
        Trainee speaker = Speakers.trainee(input);
        if (speaker == null || !speaker.isPerson() || given.owner() == null
                || !speaker.account().equals(Speakers.accountOf(given.owner())) || speaker.id().equals(given.owner())) {
            return Optional.empty();
        }
        String previous = given.owner();
        List<ProgressChange> place = ProgressChanges.place(given.workout());
        SessionState kept = saved(given, previous, null);
        boolean safe = !given.changes().worthSaving(place)
                || kept.stored() != null && kept.pending().isEmpty() && !kept.changes().worthSaving(place);
        if (!safe) {
            LOG.warn("another voice mid-session, but the session's changes are not saved yet; carrying on as before");
            sessions.write(input.getAttributesManager(), kept);
            return Replies.of(input, narrator.handOverFailed(Speakers.personOf(previous), kept.workout(), kept.turn()));
        }
        boolean anythingDone = !given.pending().isEmpty() || ProgressChanges.isPlaceWorthKeeping(given.workout());
        return welcome(input, narrator.handedOver(Speakers.personOf(previous), anythingDone), given.turn());
    }
}
