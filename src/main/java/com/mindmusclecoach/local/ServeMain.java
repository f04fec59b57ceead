package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the skill over HTTP, as a skill hosted as a web service: point Alexa test tools at
 * {@code http://127.0.0.1:PORT/}. Signatures and timestamps are verified unless {@code --no-verify} is given.
 */
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help")) {
            System.out.println(String.join("\n",
                    "usage: mvn -q compile exec:java -Dexec.mainClass=com.mindmusclecoach.local.ServeMain -Dexec.args=\"[options]\"",
                    "  --port N        port to listen on (default 8080)",
                    "  --host ADDRESS  address to bind (default 127.0.0.1)",
                    "  --no-verify     skip Amazon's signature and timestamp checks, for local test tools only",
                    "  --skill-id ID   accept only requests for this skill (also SKILL_ID)",
                    "  --memory, --aws, --data DIR  progress storage, as for the text coach"));
            return;
        }
        int port = Integer.parseInt(value(options, "--port", "8080"));
        String host = value(options, "--host", "127.0.0.1");
        String skillId = value(options, "--skill-id", System.getenv("SKILL_ID"));
        boolean verify = !options.contains("--no-verify");
        LocalStorage storage = LocalStorage.openOrExit(options, System.getenv());
        JsonSkill skill = new JsonSkill(CoachSkill.create(CatalogueFile.standard(), storage.repository(), skillId));
        try (storage; SkillHttpServer server = new SkillHttpServer(new InetSocketAddress(InetAddress.getByName(host), port),
                skill, verify ? AlexaRequestVerifier.standard(Clock.systemUTC()) : null, skillId, 8)) {
            server.start();
            System.out.println("Mind Muscle Coach serving on http://" + host + ":" + server.port() + "/"
                    + (verify ? "" : "  (signature checks OFF: for local test tools only)")
                    + "\nprogress: " + storage.description() + "\nCtrl-C stops it.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
    }

    private static String value(List<String> options, String name, String fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() ? options.get(index + 1) : fallback;
    }
}
