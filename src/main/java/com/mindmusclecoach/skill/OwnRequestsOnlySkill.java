package com.mindmusclecoach.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.UnmarshalledRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's skill, refusing a request that names no skill the way the SDK refuses one for another skill: Alexa
 * always names the skill, so such a request is not Alexa's. Without this, the SDK's own skill ID check fails on
 * it with a {@link NullPointerException} rather than a refusal.
 */
final class OwnRequestsOnlySkill extends Skill {

    private static final Logger LOG = LoggerFactory.getLogger(OwnRequestsOnlySkill.class);

    /** Why every request is refused, or null when requests are answered. */
    private final String refusal;

    private OwnRequestsOnlySkill(SkillConfiguration configuration, String refusal) {
        super(configuration);
        this.refusal = refusal;
    }

    /** The SDK's builder, building this skill. */
    static final class Builder extends CustomSkillBuilder {

        private String refusal;

        /** Every request will fail with {@code reason}, logged: for a deployment that cannot tell its own requests. */
        Builder refusingEverything(String reason) {
            this.refusal = reason;
            return this;
        }

        @Override
        public Skill build() {
            return new OwnRequestsOnlySkill(getConfigBuilder().build(), refusal);
        }
    }

    @Override
    protected ResponseEnvelope invoke(UnmarshalledRequest<RequestEnvelope> request, Object context) {
        if (refusal != null) {
            LOG.error("request refused: {}", refusal);
            throw new IllegalStateException(refusal);
        }
        if (skillId != null && applicationId(request.getUnmarshalledRequest()) == null) {
            LOG.warn("refused a request that names no skill; this endpoint serves {}", skillId);
            return null; // as for another skill's request: the caller reports that no skill handles it
        }
        return super.invoke(request, context);
    }

    private static String applicationId(RequestEnvelope envelope) {
        if (envelope == null || envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getApplication() == null) {
            return null;
        }
        return envelope.getContext().getSystem().getApplication().getApplicationId();
    }
}
