package com.mindmusclecoach.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.mindmusclecoach.observability.Metric;
import com.mindmusclecoach.observability.Metrics;
import com.mindmusclecoach.observability.TurnMetrics;
import com.mindmusclecoach.observability.Turns;
import org.slf4j.LoggerFactory;

/**
 * The skill, each turn measured (see {@link CoachStreamHandler}): what the coach adds on the way (see {@link Turns}),
 * the turn's latency from the request's bytes to the response's, and the container's cold start on its first turn;
 * written as one record when the turn ends. A failure to write metrics never fails the turn.
 */
final class MeasuredSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;
    private final Metrics metrics;
    /** Until the first turn of this container (or of this restored snapshot) is measured. */
    private volatile boolean coldStart = true;
    /** While SnapStart priming talks to the skill: its synthetic turns are not measured. */
    private volatile boolean quiet;

    MeasuredSkill(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill, Metrics metrics) {
        this.skill = skill;
        this.metrics = metrics;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        if (quiet) {
            return skill.execute(request, context);
        }
        long started = System.nanoTime();
        TurnMetrics turn = Turns.begin();
        try {
            if (coldStart) {
                coldStart = false;
                turn.count(Metric.COLD_START);
            }
            return skill.execute(request, context);
        } finally {
            Turns.end();
            turn.add(Metric.TURN_LATENCY, Math.round((System.nanoTime() - started) / 100_000.0) / 10.0);
            try {
                metrics.publish(turn);
            } catch (RuntimeException notWritten) {
                LoggerFactory.getLogger(MeasuredSkill.class).warn("this turn's metrics were not written", notWritten);
            }
        }
    }

    /** Turns from now on are not measured (true), or are again (false): for SnapStart priming. */
    void quiet(boolean value) {
        quiet = value;
    }

    /** The next turn is a cold start: the first of an environment restored from a SnapStart snapshot. */
    void restored() {
        coldStart = true;
    }
}
