package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated users training whole workouts at once against the HTTP endpoint, each on their own thread, a few of
 * them on two devices at the same time. Every answer is checked as Alexa would need it; every set coached is
 * counted from the answers, and afterwards compared with what storage holds for each user.
 */
final class LoadRun {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final List<String> ROUTINES = CATALOGUE.routines().stream().map(Routine::id).sorted().toList();

    /**
     * @param users           simulated users
     * @param twoDeviceEvery  every n-th user trains on two devices at once (0: none)
     * @param workouts        whole workouts each device trains, at most
     * @param deadline        no device starts another workout after this
     */
    record Plan(int users, int twoDeviceEvery, int workouts, Instant deadline, long seed) {
    }

    /**
     * @param latencies nanoseconds of every request, sorted
     * @param errors    what went wrong, one line each; empty when nothing did
     * @param lost      sets coached that storage does not hold, over all users
     * @param extra     sets storage holds that were never coached, over all users
     */
    record Result(int users, int devices, int workouts, int setsCoached, long[] latencies, Duration elapsed,
                  List<String> errors, int lost, int extra) {

        int requests() {
            return latencies.length;
        }

        double throughput() {
            return requests() / (elapsed.toNanos() / 1e9);
        }

        Duration percentile(double p) {
            if (latencies.length == 0) {
                return Duration.ZERO;
            }
            int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return Duration.ofNanos(latencies[Math.max(0, Math.min(latencies.length - 1, index))]);
        }

        String summary() {
            return String.format("%d users on %d devices, %d workouts, %d sets coached, %d requests in %.1f s: %.0f requests/s;"
                    + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d; lost sets %d; extra sets %d",
                    users, devices, workouts, setsCoached, requests(), elapsed.toNanos() / 1e9, throughput(),
                    millis(percentile(50)), millis(percentile(95)), millis(percentile(99)), millis(percentile(100)),
                    errors.size(), lost, extra);
        }

        private static double millis(Duration d) {
            return d.toNanos() / 1e6;
        }
    }

    private LoadRun() {
    }

    static Result run(URI endpoint, ProgressRepository storage, Plan plan) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, daemon())).build();
        Transport http = Transport.http(client, endpoint);
        List<SimulatedDevice> devices = new ArrayList<>();
        Random random = new Random(plan.seed());
        for (int u = 0; u < plan.users(); u++) {
            String user = "amzn1.ask.account.LOAD-" + u + "-" + UUID.randomUUID();
            int count = plan.twoDeviceEvery() > 0 && u % plan.twoDeviceEvery() == 0 ? 2 : 1;
            for (int d = 0; d < count; d++) {
                devices.add(new SimulatedDevice(Checks.echo(http, user), random.nextLong()));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(devices.size(), daemon());
        Instant start = Instant.now();
        for (SimulatedDevice device : devices) {
            threads.execute(() -> device.train(plan));
        }
        threads.shutdown();
        if (!threads.awaitTermination(Duration.between(Instant.now(), plan.deadline()).plusMinutes(2).toMillis(),
                TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            throw new IllegalStateException("simulated users did not finish in time");
        }
        Duration elapsed = Duration.between(start, Instant.now());
        return result(plan, devices, storage, elapsed);
    }

    private static Result result(Plan plan, List<SimulatedDevice> devices, ProgressRepository storage, Duration elapsed) {
        Map<String, Map<String, ExerciseTotals>> coached = new HashMap<>();
        List<String> errors = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        int workouts = 0;
        for (SimulatedDevice device : devices) {
            device.sets.forEach((exercise, totals) -> coached.computeIfAbsent(device.device.userId(), u -> new HashMap<>())
                    .merge(exercise, totals, LoadRun::plus));
            errors.addAll(device.errors);
            latencies.addAll(device.latencies);
            workouts += device.workouts;
        }
        int lost = 0;
        int extra = 0;
        int sets = 0;
        for (SimulatedDevice device : devices) {
            coached.putIfAbsent(device.device.userId(), Map.of());
        }
        for (Map.Entry<String, Map<String, ExerciseTotals>> user : coached.entrySet()) {
            UserProgress stored = storage.find(user.getKey()).map(StoredProgress::progress).orElse(UserProgress.NONE);
            for (String exercise : union(user.getValue(), stored.totals())) {
                int expected = user.getValue().getOrDefault(exercise, ExerciseTotals.NONE).sets();
                int held = stored.totals().getOrDefault(exercise, ExerciseTotals.NONE).sets();
                sets += expected;
                lost += Math.max(0, expected - held);
                extra += Math.max(0, held - expected);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(plan.users(), devices.size(), workouts, sets, sorted, elapsed, errors, lost, extra);
    }

    private static List<String> union(Map<String, ExerciseTotals> a, Map<String, ExerciseTotals> b) {
        List<String> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(all::add);
        return all;
    }

    private static ExerciseTotals plus(ExerciseTotals a, ExerciseTotals b) {
        return new ExerciseTotals(a.sets() + b.sets(), a.reps() + b.reps());
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "simulated-user-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One device of one user, training whole workouts one after another. */
    private static final class SimulatedDevice {

        private final Echo device;
        private final Random random;
        private final Ledger ledger = new Ledger(CATALOGUE);
        private final Map<String, ExerciseTotals> sets = new HashMap<>();
        private final List<Long> latencies = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private int workouts;

        SimulatedDevice(Echo device, long seed) {
            this.device = device;
            this.random = new Random(seed);
        }

        void train(Plan plan) {
            try {
                for (int w = 0; w < plan.workouts() && Instant.now().isBefore(plan.deadline()); w++) {
                    workout();
                }
            } catch (RuntimeException | AssertionError e) {
                errors.add(device.userId() + ": " + e);
            }
            sets.putAll(ledger.sets());
        }

        /** From "open mind muscle coach" to the last rating of a random routine. */
        private void workout() {
            Turn welcome = say(Requests.launch());
            if (welcome.workout().path("phase").asText().equals("OFFERING_RESUME")) {
                say(Requests.intent("AMAZON.NoIntent"));
            }
            String routine = ROUTINES.get(random.nextInt(ROUTINES.size()));
            say(Requests.startWorkout(routine.replace('_', ' '), routine));
            Turn turn;
            do {
                say(Requests.intent("ReadyIntent"));
                turn = say(Requests.intent("RateIntent", "rating", String.valueOf(1 + random.nextInt(5))));
            } while (!turn.ends() && !turn.workout().path("phase").asText().equals("COOLING_DOWN"));
            if (!turn.ends()) {
                turn = say(Requests.intent(random.nextBoolean() ? "AMAZON.YesIntent" : "AMAZON.NoIntent"));
            }
            if (!turn.workout().path("phase").asText().equals("FINISHED")) {
                throw new AssertionError("the session ended before the workout was finished: " + turn.heard());
            }
            if (turn.heard().contains("couldn't save")) {
                throw new AssertionError("the workout could not be saved: " + turn.heard());
            }
            workouts++;
        }

        private Turn say(ObjectNode request) {
            JsonNode before = device.inSession() ? device.attributes().path("workout") : null;
            ObjectNode envelope = device.envelope(request);
            long start = System.nanoTime();
            Transport.Reply reply = device.sendUnchecked(envelope);
            latencies.add(System.nanoTime() - start);
            Turn turn = new Turn(Checks.validResponse(reply));
            if (turn.ssml().contains(Checks.TROUBLE)) {
                throw new AssertionError("a fault inside the skill: " + turn.heard() + " for " + request);
            }
            device.after(turn);
            ledger.observe(before, turn.workout());
            return turn;
        }
    }
}
