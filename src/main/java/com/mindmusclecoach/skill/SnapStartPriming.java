package com.mindmusclecoach.skill;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.workout.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the skill on canned requests before a SnapStart snapshot, so the snapshot holds loaded and
 * initialized classes for a whole workout turn. The turns go to a throwaway skill with in-memory progress:
 * priming must not write anyone's data. Storage is warmed with one read of a user that does not exist.
 */
public final class SnapStartPriming {

    static final String PRIMING_USER = "amzn1.ask.account.SNAPSTART-PRIMING";
    private static final List<String> TURNS = List.of("launch", "start", "ready", "rate", "help", "stop");
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    private SnapStartPriming() {
    }

    public static void prime(Catalogue catalogue, ProgressRepository storage) {
        JacksonSerializer serializer = new JacksonSerializer();
        CustomSkill skill = CoachSkill.create(catalogue, new InMemoryProgressRepository(), null);
        for (String turn : TURNS) {
            RequestEnvelope request = serializer.deserialize(canned(turn), RequestEnvelope.class);
            serializer.serialize(skill.invoke(request));
        }
        try {
            storage.find(PRIMING_USER);
        } catch (RuntimeException unavailable) {
            LOG.warn("priming read failed; the first request will warm the DynamoDB client instead", unavailable);
        }
    }

    private static String canned(String turn) {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream("/priming/" + turn + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing priming request " + turn);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read priming request " + turn, e);
        }
    }
}
