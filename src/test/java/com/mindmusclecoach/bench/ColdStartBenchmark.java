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

/**
 * Cold start, measured as a ratio in one run: fresh JVMs with Lambda's flags alternate between a bare hello, a
 * hello-world skill on ask-sdk-core (the libraries' floor) and the whole coach (handler built, DynamoDB client
 * built, the user's progress read from a local DynamoDB engine, a LaunchRequest answered), so machine noise hits
 * all alike. Needs the Lambda jar:
 * {@code mvn -q -DskipTests package} first. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.mindmusclecoach.bench.ColdStartBenchmark}
 */
public final class ColdStartBenchmark {

    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
    /**
     * What the JVM picks by itself in the function's 512 MB (template.yaml): under 1.75 GB it is not a "server
     * class machine", so the serial collector, and a heap sized from 512 MB rather than from this machine's RAM.
     */
    static final List<String> FUNCTION_SIZED = List.of("-XX:+UseSerialGC", "-XX:MaxRAM=512m");
    private static final String TABLE = "bench-progress";
    private static final String USER = "amzn1.ask.account.BENCH";
    /** Where the "as on Lambda" rows send their X-Ray subsegments: bound, never read (UDP needs no more). */
    private static final FakeXRayDaemon XRAY_DAEMON = new FakeXRayDaemon();

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        // --compare OTHER.jar: another build's Lambda jar (an earlier commit's), its coach run alternately with this one's
        Path other = args.length > 2 && args[1].equals("--compare") ? Path.of(args[2]) : null;
        Path jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith("-lambda.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build the Lambda jar first: mvn -q -DskipTests package"));
        // AppCDS archives only classes from jars, so the probe goes into one of its own.
        String testClasses = probeJar(Path.of("target", "bench-probe.jar")).toString();
        Path request = Files.createTempFile("launch", ".json");
        Files.writeString(request, Files.readString(Path.of("src/test/resources/requests/launch.json"))
                .replace("amzn1.ask.account.TESTUSER", USER), StandardCharsets.UTF_8);
        // As on Lambda without SnapStart: AWS_LAMBDA_FUNCTION_NAME set, so the Alexa Settings and Reminders clients are
        // built at init and the launch asks the Settings API for the time zone, here on a closed loopback port.
        Path lambdaRequest = Files.createTempFile("launch-lambda", ".json");
        Files.writeString(lambdaRequest, Files.readString(request).replace("https://api.amazonalexa.com", "http://127.0.0.1:1"),
                StandardCharsets.UTF_8);
        try (DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, null)) {
            ProgressTable.createIfMissing(engine.client(), TABLE);
            new DynamoDbProgressRepository(engine.client(), TABLE, Clock.systemUTC()).put(USER, UserProgress.NONE.applyAll(List.of(
                    new ProgressChange.WorkoutStarted("bicep_focus"),
                    new ProgressChange.SetDone("biceps_curl", 8, LocalDate.now()))), 0);
            if (other != null) {
                // One training day writes the same item in schemas 1 and 2 but for the number, and a build from before
                // schema 2 reads only schema 1 (see docs/STORAGE.md): labelled 1, both builds read the same progress.
                engine.client().updateItem(b -> b.tableName(TABLE)
                        .key(Map.of("userId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(USER)))
                        .updateExpression("SET schemaVersion = :one")
                        .expressionAttributeValues(Map.of(":one", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"))));
            }
            Map<String, String> env = Map.of("TABLE_NAME", TABLE, "AWS_ENDPOINT_URL_DYNAMODB", engine.endpoint().toString(),
                    "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
                    "ALLOW_ANY_SKILL", "true");
            List<String> probe = List.of("-cp", jar + File.pathSeparator + testClasses, ColdStartProbe.class.getName(),
                    request.toString());
            Map<String, String> lambdaEnv = new java.util.HashMap<>(env);
            lambdaEnv.put("AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach");
            lambdaEnv.put("LOG_ID_KEY", "0123456789abcdef".repeat(4)); // as deployed: ids hashed in the log lines
            // and with tracing Active: a daemon address, and the invocation's sampled trace header where the Java
            // runtime puts it, so the turn's calls are sent as X-Ray subsegments (to a socket nobody reads)
            lambdaEnv.put("AWS_XRAY_DAEMON_ADDRESS", XRAY_DAEMON.address());
            String traced = "-Dcom.amazonaws.xray.traceHeader=" + FakeContext.sampledTraceHeader();
            List<String> lambdaProbe = List.of(traced, "-cp", jar + File.pathSeparator + testClasses,
                    ColdStartProbe.class.getName(), lambdaRequest.toString());
            List<Long> coachLambda = new ArrayList<>();
            List<Long> peaksLambda = new ArrayList<>();
            Path archive = Path.of("target", "coach-appcds.jsa");
            Files.deleteIfExists(archive);
            run(concat(List.of("-XX:ArchiveClassesAtExit=" + archive), probe), env, new long[1]);
            List<String> askHello = List.of("-cp", jar + File.pathSeparator + testClasses, AskHelloProbe.class.getName(),
                    request.toString());
            List<Long> hello = new ArrayList<>();
            List<Long> ask = new ArrayList<>();
            List<Long> askPeaks = new ArrayList<>();
            List<Long> coach = new ArrayList<>();
            List<Long> coachCds = new ArrayList<>();
            List<Long> coachSized = new ArrayList<>();
            List<Long> peaksSized = new ArrayList<>();
            List<Long> peaks = new ArrayList<>();
            List<String> otherProbe = other == null ? null : List.of("-cp", other + File.pathSeparator + testClasses,
                    ColdStartProbe.class.getName(), request.toString());
            List<Long> otherCoach = new ArrayList<>();
            List<Long> otherPeaks = new ArrayList<>();
            List<Long> otherCoachSized = new ArrayList<>();
            List<String> otherLambdaProbe = other == null ? null : List.of(traced, "-cp", other + File.pathSeparator + testClasses,
                    ColdStartProbe.class.getName(), lambdaRequest.toString());
            List<Long> otherCoachLambda = new ArrayList<>();
            List<Long> otherPeaksLambda = new ArrayList<>();
            List<Long> otherPeaksSized = new ArrayList<>();
            List<Long> peaksCds = new ArrayList<>();
            for (int i = 0; i < runs + 1; i++) {
                long h = run(List.of("-cp", testClasses, Hello.class.getName()), Map.of(), null);
                long[] askPeak = new long[1];
                long a = run(askHello, Map.of(), askPeak);
                long[] peak = new long[1];
                long c = run(probe, env, peak);
                long[] peakCds = new long[1];
                long d = run(concat(List.of("-XX:SharedArchiveFile=" + archive), probe), env, peakCds);
                long[] peakSized = new long[1];
                long f = run(concat(FUNCTION_SIZED, probe), env, peakSized);
                long[] peakLambda = new long[1];
                long l = run(lambdaProbe, lambdaEnv, peakLambda);
                long[] otherPeak = new long[1];
                long o = otherProbe == null ? 0 : run(otherProbe, env, otherPeak);
                long[] otherPeakSized = new long[1];
                long os = otherProbe == null ? 0 : run(concat(FUNCTION_SIZED, otherProbe), env, otherPeakSized);
                long[] otherPeakLambda = new long[1];
                long ol = otherLambdaProbe == null ? 0 : run(otherLambdaProbe, lambdaEnv, otherPeakLambda);
                if (i > 0) { // the first round warms the OS file cache
                    hello.add(h);
                    ask.add(a);
                    askPeaks.add(askPeak[0]);
                    coach.add(c);
                    coachCds.add(d);
                    coachSized.add(f);
                    peaksSized.add(peakSized[0]);
                    peaks.add(peak[0]);
                    peaksCds.add(peakCds[0]);
                    otherCoach.add(o);
                    otherPeaks.add(otherPeak[0]);
                    otherCoachSized.add(os);
                    coachLambda.add(l);
                    peaksLambda.add(peakLambda[0]);
                    otherPeaksSized.add(otherPeakSized[0]);
                    otherCoachLambda.add(ol);
                    otherPeaksLambda.add(otherPeakLambda[0]);
                }
            }
            long helloMedian = median(hello);
            System.out.printf("runs: %d each, alternating, flags %s%n", runs, String.join(" ", LAMBDA_FLAGS));
            System.out.printf("%-31s median %4d ms%n", "bare JVM hello", helloMedian);
            report("ask-sdk-core hello skill", median(ask), helloMedian, median(askPeaks));
            report("coach cold start", median(coach), helloMedian, median(peaks));
            report("coach cold start + AppCDS", median(coachCds), helloMedian, median(peaksCds));
            report("coach, JVM as in a 512 MB box", median(coachSized), helloMedian, median(peaksSized));
            report("coach as on Lambda, Alexa APIs, traced", median(coachLambda), helloMedian, median(peaksLambda));
            if (other != null) {
                report("coach of " + other.getFileName(), median(otherCoach), helloMedian, median(otherPeaks));
                report("  the same, JVM as in 512 MB", median(otherCoachSized), helloMedian, median(otherPeaksSized));
                report("  the same, as on Lambda", median(otherCoachLambda), helloMedian, median(otherPeaksLambda));
                System.out.printf("coach / ask-sdk-core hello: this jar %.2f, the other %.2f%n",
                        (double) median(coach) / median(ask), (double) median(otherCoach) / median(ask));
            }
            System.out.println("(cold start = handler + DynamoDB client + progress read + LaunchRequest; targets: at most"
                    + " 5 x the hello, at most 90 MiB)");
            System.out.printf("lambda jar       %.1f MB (target: at most 8 MB)%n", Files.size(jar) / 1_000_000.0);
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(lambdaRequest);
        }
    }

    private static Path probeJar(Path jar) throws Exception {
        Path classes = Path.of("target", "test-classes");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes.resolve("com/mindmusclecoach/bench"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void report(String name, long millis, long helloMillis, long peakKib) {
        System.out.printf("%-31s median %4d ms  %5.2f x hello  peak RSS %d MiB%n", name, millis,
                (double) millis / helloMillis, peakKib / 1024);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static long run(List<String> arguments, Map<String, String> env, long[] peakKib) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_FLAGS);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException("run failed: " + command + "\n" + output);
        }
        if (peakKib != null) {
            peakKib[0] = output.lines().filter(l -> l.startsWith("peak-rss-kib ")).mapToLong(l -> Long.parseLong(l.substring(13)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no peak reported:\n" + output));
        }
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
