package com.mindmusclecoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.FakeContext;
import com.mindmusclecoach.testkit.FakeXRayDaemon;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployable Lambda jar itself, shrunk by ProGuard, on every path a Lambda container takes: a JVM whose
 * class path is that jar and {@link LambdaJarProbe} alone builds the handler from the environment as Lambda
 * does, runs the SnapStart hooks, reads and writes progress in a DynamoDB engine (GetItem, conditional PutItem,
 * DeleteItem), asks a stand-in Alexa Settings API for the time zone, refuses another skill's request, and
 * answers with storage unreachable. A class the shrinker dropped but something loads by name fails here, not
 * on Lambda. Runs in {@code mvn verify} (failsafe), after {@code package} has built the jar.
 */
// A container JVM that stops answering would block a read forever: each test gets a bounded time instead.
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LambdaJarIT {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static final List<String> LINKAGE_ERRORS = List.of("NoClassDefFoundError", "ClassNotFoundException",
            "NoSuchMethodError", "NoSuchFieldError", "AbstractMethodError", "IncompatibleClassChangeError",
            "VerifyError", "ServiceConfigurationError", "ExceptionInInitializerError", "SLF4J:");

    /** Issue 5's budget for the deployable jar. */
    private static final long MAX_JAR_BYTES = 8_000_000;

    private static HttpServer settingsApi;
    private static final AtomicInteger TIME_ZONE_LOOKUPS = new AtomicInteger();
    private static final FakeXRayDaemon XRAY = new FakeXRayDaemon();
    private static final AtomicInteger CREDENTIAL_LOOKUPS = new AtomicInteger();
    private static final String CONTAINER_TOKEN = "container-token";
    private static Path probeJar;

    @BeforeAll
    static void startSettingsApi() throws IOException {
        settingsApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        settingsApi.createContext("/v2/devices/", exchange -> {
            TIME_ZONE_LOOKUPS.incrementAndGet();
            byte[] body = "\"Europe/Berlin\"".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // The container credentials endpoint, which SnapStart functions get their credentials from.
        settingsApi.createContext("/credentials", exchange -> {
            boolean authorized = CONTAINER_TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (authorized) {
                CREDENTIAL_LOOKUPS.incrementAndGet();
            }
            byte[] body = ("{\"AccessKeyId\":\"local\",\"SecretAccessKey\":\"local\",\"Token\":\"local\","
                    + "\"Expiration\":\"2099-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(authorized ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        settingsApi.start();
        probeJar = probeJar();
    }

    @AfterAll
    static void stopSettingsApi() {
        settingsApi.stop(0);
        XRAY.close();
    }

    @Test
    void lambdaJar_shouldServeAWholeConversation_againstDynamoDb() throws Exception {
        String user = "amzn1.ask.account.JAR-" + UUID.randomUUID();
        DynamoDbProgressRepository storage = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());
        storage.put(user, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"),
                new ProgressChange.SetDone("biceps_curl", 8, LocalDate.now()))), 0);

        Map<String, String> env = env(DYNAMO.endpoint().toString(), LocalDynamoDb.TABLE);
        env.put("AWS_XRAY_DAEMON_ADDRESS", XRAY.address());
        try (Container lambda = Container.start(env)) {
            lambda.prime();
            Echo echo = device(lambda, user);
            assertThat(XRAY.received()).as("nothing traced while priming").isEmpty();

            String header = FakeContext.sampledTraceHeader();
            lambda.trace(header);
            assertThat(echo.say("launch").ssml()).contains("Welcome back");
            List<JsonNode> traced = XRAY.received();
            assertThat(traced).as("the launch's calls (the read, the Settings API), traced by the packaged jar")
                    .extracting(doc -> doc.path("name").asText() + " " + doc.path("aws").path("operation").asText(""))
                    .containsExactlyInAnyOrder("DynamoDB GetItem", "127.0.0.1 ");
            assertThat(traced).allSatisfy(doc -> assertThat(header)
                    .contains("Root=" + doc.path("trace_id").asText() + ";Parent=" + doc.path("parent_id").asText()));
            echo.say("start-bicep-focus");
            echo.say("ready");
            StoredProgress meanwhile = storage.find(user).orElseThrow(); // another device finishes a set first:
            storage.put(user, meanwhile.progress().applyAll(List.of(new ProgressChange.SetDone("push_up", 10, LocalDate.now()))),
                    meanwhile.version()); // the coach's conditional PutItem fails, and it re-reads and merges
            echo.say("rate-4");
            echo.say("stop");
            StoredProgress afterWorkout = storage.find(user).orElseThrow();
            assertThat(afterWorkout.progress().setsCompleted()).as("seeded, other device's and rated set").isEqualTo(3);

            echo.say("launch");
            echo.say("delete-data");
            echo.say("yes");
            assertThat(storage.find(user)).as("deleted on request").isEmpty();

            ObjectNode foreign = Requests.withApplication(Requests.fixture("launch"), "amzn1.ask.skill.SOMEONE-ELSE");
            assertThat(lambda.invoke(foreign)).as("another skill's request is refused").isEmpty();

            assertThat(TIME_ZONE_LOOKUPS.get()).as("the time zone came from the Alexa Settings API").isPositive();
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldTakeCredentialsFromTheContainerEndpoint_asUnderSnapStart() throws Exception {
        String user = "amzn1.ask.account.JAR-" + UUID.randomUUID();
        new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC()).put(user,
                UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"))), 0);
        Map<String, String> env = env(DYNAMO.endpoint().toString(), LocalDynamoDb.TABLE);
        env.keySet().removeAll(List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"));
        env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:" + settingsApi.getAddress().getPort() + "/credentials");
        env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", CONTAINER_TOKEN);
        try (Container lambda = Container.start(env)) {
            assertThat(device(lambda, user).say("launch").ssml()).contains("Welcome back");
            assertThat(CREDENTIAL_LOOKUPS.get()).as("credentials came from the container endpoint").isPositive();
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldUseTheSdksHttpClient_whenAProxyIsConfigured() throws Exception {
        String user = "amzn1.ask.account.JAR-" + UUID.randomUUID();
        new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC()).put(user,
                UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"))), 0);
        Map<String, String> env = env(DYNAMO.endpoint().toString(), LocalDynamoDb.TABLE);
        String nobody = "http://127.0.0.1:" + freeLoopbackPort(); // loopback either way: no traffic leaves the machine
        env.put("HTTP_PROXY", nobody);
        env.put("HTTPS_PROXY", nobody);
        try (Container lambda = Container.start(env)) {
            String welcome = device(lambda, user).say("launch").ssml();
            assertThat(welcome).contains("Mind Muscle Coach")
                    .as("storage went through the proxy, which nobody answers, so the stored progress was not read")
                    .doesNotContain("Welcome back");
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldKeepTheSdksEndpointRules_forOtherPartitions() throws Exception {
        try (Container lambda = Container.start(env("http://127.0.0.1:9", ""))) {
            assertThat(lambda.send("endpoint cn-north-1")).isEqualTo("OK https://dynamodb.cn-north-1.amazonaws.com.cn");
            assertThat(lambda.send("endpoint us-gov-west-1")).isEqualTo("OK https://dynamodb.us-gov-west-1.amazonaws.com");
            assertThat(lambda.send("endpoint eu-west-1")).isEqualTo("OK https://dynamodb.eu-west-1.amazonaws.com");
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldAnswer_whenDynamoDbIsUnreachable() throws Exception {
        String unreachable = "http://127.0.0.1:" + freeLoopbackPort();
        try (Container lambda = Container.start(env(unreachable, LocalDynamoDb.TABLE))) {
            lambda.prime();
            String user = "amzn1.ask.account.JAR-" + UUID.randomUUID();
            Echo echo = device(lambda, user);
            assertThat(echo.say("launch").ssml()).contains("Mind Muscle Coach");
            assertThat(echo.say("start-bicep-focus").ssml()).isNotBlank();
            assertThat(echo.say("ready").ssml()).isNotBlank();
            assertThat(echo.say("rate-4").ssml()).isNotBlank();
            assertThat(lambda.stderr()).as("the storage failure was met and logged").contains("Exception");
            assertThat(lambda.stderr()).as("the user id never in clear").doesNotContain(user);
            List<String> logged = lambda.stderr().lines().filter(line -> line.startsWith("{") && !line.startsWith("{\"_aws\"")).toList();
            List<String> metrics = lambda.stderr().lines().filter(line -> line.startsWith("{\"_aws\"")).toList();
            assertThat(metrics).as("the turns' EMF records, from the packaged jar").isNotEmpty().allSatisfy(line ->
                    assertThat(new ObjectMapper().readTree(line).path("_aws").path("CloudWatchMetrics").get(0)
                            .path("Namespace").asText()).isEqualTo("MindMuscleCoach"));
            assertThat(logged).as("the skill's log lines, in Lambda's JSON shape").isNotEmpty().allSatisfy(line -> {
                JsonNode json = new ObjectMapper().readTree(line);
                assertThat(json.path("timestamp").asText()).endsWith("Z");
                assertThat(json.path("level").asText()).isNotBlank();
                assertThat(json.path("message").isTextual()).isTrue();
            });
            assertThat(logged).as("an access line per turn, the user hashed")
                    .filteredOn(line -> line.contains("\"phase\":\"turn\"")).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(line -> assertThat(line).contains("\"user\":\"h:"));
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldKeepProgressInMemory_withoutATable() throws Exception {
        try (Container lambda = Container.start(env("http://127.0.0.1:9", ""))) {
            Echo echo = device(lambda, "amzn1.ask.account.JAR-" + UUID.randomUUID());
            assertThat(echo.say("launch").ssml()).contains("Mind Muscle Coach");
            assertThat(lambda.stderr()).contains("TABLE_NAME is not set");
            lambda.assertNoLinkageErrors();
        }
    }

    @Test
    void lambdaJar_shouldStayWithinItsBudget_withoutSdkV1ApacheNettyLog4jOrJetty() throws IOException {
        Path jar = lambdaJar();
        assertThat(Files.size(jar)).as("the Lambda jar's size in bytes (issue 5: at most 8 MB)").isLessThanOrEqualTo(MAX_JAR_BYTES);
        List<String> entries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("the skill's own classes").contains("com/mindmusclecoach/skill/CoachStreamHandler.class")
                .as("the local runner stays out").noneMatch(e -> e.startsWith("com/mindmusclecoach/local/"))
                .as("no AWS SDK v1 (the Lambda interface is all of com.amazonaws)")
                .noneMatch(e -> e.startsWith("com/amazonaws/") && !e.startsWith("com/amazonaws/services/lambda/runtime/"))
                .as("no Apache or Netty HTTP client").noneMatch(e -> e.startsWith("org/apache/http/")
                        || e.startsWith("org/apache/hc/") || e.startsWith("io/netty/")
                        || e.startsWith("software/amazon/awssdk/http/apache") || e.startsWith("software/amazon/awssdk/http/nio/"))
                .as("no Log4j").noneMatch(e -> e.startsWith("org/apache/logging/log4j/"))
                .as("no Jetty: only serve uses it").noneMatch(e -> e.startsWith("org/eclipse/jetty/"));
    }

    /**
     * ProGuard drops classes nothing in the skill reaches, Jetty's among them, so the deployed jar alone would not
     * show that shade still leaves serve's server out: the jar shade built, before shrinking, does.
     */
    @Test
    void lambdaJar_shouldBeBuiltWithoutServesHttpServer() throws IOException {
        Path unshrunk = Path.of(System.getProperty("lambda.unshrunk.jar",
                "target/mind-muscle-coach-0.1.0-SNAPSHOT-lambda_proguard_base.jar"));
        assertThat(unshrunk).as("the shaded jar before ProGuard (mvn package builds it)").isRegularFile();
        List<String> entries;
        try (ZipFile zip = new ZipFile(unshrunk.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("the skill is in it").contains("com/mindmusclecoach/skill/CoachStreamHandler.class")
                .as("no Jetty class").noneMatch(e -> e.startsWith("org/eclipse/jetty/"))
                .as("no Jetty metadata").noneMatch(e -> e.startsWith("META-INF/maven/org.eclipse.jetty/"));
    }

    /** What Lambda sets (AWS_LAMBDA_FUNCTION_NAME turns the Alexa Settings API on) and what template.yaml adds. */
    private static Map<String, String> env(String dynamoDbEndpoint, String table) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_SESSION_TOKEN", "local");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint);
        env.put("TABLE_NAME", table);
        env.put("SKILL_ID", SKILL_ID);
        env.put("LOG_ID_KEY", "lambda-jar-it-key-0123456789abcdef");
        return env;
    }

    private static Path lambdaJar() {
        Path jar = Path.of(System.getProperty("lambda.jar", "target/mind-muscle-coach-0.1.0-SNAPSHOT-lambda.jar"));
        assertThat(jar).as("the Lambda jar (mvn package builds it)").isRegularFile();
        return jar;
    }

    private static Path probeJar() throws IOException {
        Path jar = Files.createTempFile("lambda-jar-probe", ".jar");
        jar.toFile().deleteOnExit();
        String name = LambdaJarProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream in = LambdaJarProbe.class.getClassLoader().getResourceAsStream(name)) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** One Lambda container: a JVM on the Lambda jar, talked to through {@link LambdaJarProbe}. */
    private static final class Container implements AutoCloseable {

        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final Path stderr;

        private Container(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        static Container start(Map<String, String> env) throws IOException {
            Path lambdaJar = lambdaJar();
            Path stderr = Files.createTempFile("lambda-jar", ".log");
            stderr.toFile().deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", lambdaJar.toAbsolutePath() + java.io.File.pathSeparator + probeJar, LambdaJarProbe.class.getName())
                    .redirectError(stderr.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("HOME", Files.createTempDirectory("lambda-home").toString());
            builder.environment().putAll(env);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // even if a test timed out
            Container container = new Container(process, stderr);
            container.expect("READY");
            return container;
        }

        void prime() throws IOException {
            assertThat(send("prime")).as("SnapStart priming").isEqualTo("OK");
        }

        /** The next invocations' X-Ray trace header, as the Java runtime hands it over (a system property). */
        void trace(String header) throws IOException {
            assertThat(send("trace " + header)).isEqualTo("OK");
        }

        /** The response envelope, or empty when the handler threw. */
        Optional<JsonNode> invoke(ObjectNode request) throws IOException {
            String answer = send(Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(request)));
            if (answer.startsWith("ERR ")) {
                assertThat(answer).as("a refusal, not a broken jar").doesNotContain(LINKAGE_ERRORS);
                return Optional.empty();
            }
            assertThat(answer).startsWith("OK ");
            return Optional.of(JSON.readTree(Base64.getDecoder().decode(answer.substring(3))));
        }

        String stderr() throws IOException {
            return Files.readString(stderr);
        }

        void assertNoLinkageErrors() throws IOException {
            assertThat(stderr()).as("the container's log").doesNotContain(LINKAGE_ERRORS);
        }

        private String send(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
            String answer = out.readLine();
            assertThat(answer).as("an answer from the container; its log:\n%s", stderr()).isNotNull();
            return answer;
        }

        private void expect(String line) throws IOException {
            assertThat(out.readLine()).as("the container started; its log:\n%s", stderr()).isEqualTo(line);
        }

        @Override
        public void close() throws Exception {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * A device in a conversation with the container ({@link Echo}: session attributes carried from each response to
     * the next request), its API endpoint the stand-in Settings API. Answers are read, not checked against the
     * platform rules: this test is about the jar; a refusal fails the turn.
     */
    private static Echo device(Container lambda, String userId) {
        Transport container = body -> {
            try {
                return lambda.invoke((ObjectNode) JSON.readTree(body))
                        .map(response -> new Transport.Reply(200, Requests.text(response), null))
                        .orElseGet(() -> new Transport.Reply(Transport.Reply.THREW, "", null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new Echo(container, userId).withApiEndpoint("http://127.0.0.1:" + settingsApi.getAddress().getPort())
                .checkedBy(Echo.PARSED);
    }
}
