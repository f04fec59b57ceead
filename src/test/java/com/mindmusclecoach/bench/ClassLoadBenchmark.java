package com.mindmusclecoach.bench;

import com.mindmusclecoach.local.DynaliteEngine;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.ProgressTable;
import com.mindmusclecoach.testkit.FakeContext;
import com.mindmusclecoach.testkit.FakeXRayDaemon;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many classes the first user after a SnapStart restore still makes the JVM load: a fresh JVM with Lambda's flags
 * runs {@link ConversationProbe} from the Lambda jar against a local DynamoDB engine, with {@code -Xlog:class+load};
 * the classes loaded between its checkpoint marker and the end of a returning user's whole conversation are counted
 * and grouped by package. Needs the Lambda jar ({@code mvn -q -DskipTests package}); run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.mindmusclecoach.bench.ClassLoadBenchmark}.
 */
public final class ClassLoadBenchmark {

    private static final String TABLE = "bench-progress";
    private static final String USER = "amzn1.ask.account.BENCH-RETURNING";
    private static final String SKILL = "amzn1.ask.skill.bench";
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)$");

    private ClassLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith("-lambda.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build the Lambda jar first: mvn -q -DskipTests package"));
        Path classes = Path.of("target", "test-classes");
        try (DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, null);
             FakeXRayDaemon daemon = new FakeXRayDaemon()) {
            ProgressTable.createIfMissing(engine.client(), TABLE);
            DynamoDbProgressRepository repository = new DynamoDbProgressRepository(engine.client(), TABLE, Clock.systemUTC());
            repository.delete(USER);
            repository.put(USER, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"),
                    new ProgressChange.SetDone("biceps_curl", 8, LocalDate.now().minusDays(1)),
                    new ProgressChange.WorkoutDone(LocalDate.now().minusDays(1)))), 0);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(ColdStartBenchmark.LAMBDA_FLAGS);
            // With tracing Active, as a deployment with Tracing=Active runs: Lambda's daemon address, and each
            // invocation's sampled trace header where the Java runtime puts it (a system property).
            command.addAll(List.of("-Dcom.amazonaws.xray.traceHeader=" + FakeContext.sampledTraceHeader(),
                    "-Xlog:class+load=info:stdout", "-cp", jar + File.pathSeparator + classes,
                    ConversationProbe.class.getName(), USER));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(Map.of("TABLE_NAME", TABLE, "AWS_ENDPOINT_URL_DYNAMODB", engine.endpoint().toString(),
                    "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
                    "SKILL_ID", SKILL, "AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach",
                    "AWS_XRAY_DAEMON_ADDRESS", daemon.address()));
            Process process = builder.start();
            List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the probe failed:\n" + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
            }
            report(output);
        }
    }

    private static void report(List<String> output) {
        int checkpoint = output.indexOf(ConversationProbe.CHECKPOINT);
        int end = output.indexOf(ConversationProbe.END);
        if (checkpoint < 0 || end < checkpoint) {
            throw new IllegalStateException("no markers in the probe's output");
        }
        int before = 0;
        for (String line : output.subList(0, checkpoint)) {
            before += LOADED.matcher(line).find() ? 1 : 0;
        }
        Map<String, List<String>> byPackage = new TreeMap<>();
        for (String line : output.subList(checkpoint, end)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                String name = m.group(1);
                String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "(default)";
                byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        int after = byPackage.values().stream().mapToInt(List::size).sum();
        System.out.println(output.get(end + 1));
        System.out.printf("classes loaded before the checkpoint: %d%n", before);
        System.out.printf("classes loaded after the checkpoint, during a returning user's whole conversation: %d (target: at most 25)%n", after);
        byPackage.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> System.out.printf("  %4d %s: %s%n", e.getValue().size(), e.getKey(),
                        String.join(" ", e.getValue().subList(0, Math.min(6, e.getValue().size())))
                                + (e.getValue().size() > 6 ? " ..." : "")));
    }
}
