package com.mindmusclecoach.bench;

import com.mindmusclecoach.skill.CoachStreamHandler;
import com.mindmusclecoach.skill.SnapStartPriming;

import java.util.List;

/**
 * What a first user meets after a SnapStart restore: the handler built as Lambda builds it (from the environment),
 * its {@code beforeCheckpoint} run (the priming), then a marker, then a whole conversation of a returning user, then
 * another marker. Run with {@code -Xlog:class+load}, the lines between the markers are the classes the snapshot did
 * not hold (see {@link ClassLoadBenchmark}).
 */
public final class ConversationProbe {

    static final String CHECKPOINT = "=== checkpoint ===";
    static final String END = "=== conversation over ===";

    private ConversationProbe() {
    }

    public static void main(String[] args) throws Exception {
        CoachStreamHandler handler = new CoachStreamHandler();
        handler.beforeCheckpoint(null);
        handler.afterRestore(null);
        System.out.println(CHECKPOINT);
        System.out.flush();
        List<String> said = SnapStartPriming.converse(handler, System.getenv("SKILL_ID"), args[0]);
        System.out.flush();
        System.out.println(END);
        System.out.println("turns " + said.size() + ", first: " + said.get(0).replaceAll("<[^>]+>", ""));
    }
}
