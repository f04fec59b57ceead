package com.mindmusclecoach.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A coach (or {@code serve}) in a JVM of its own, as a person would run it, so a test can {@code kill -9} it: the
 * test's class path, this project's folder as working directory, standard output and error in one file.
 */
final class CoachProcess implements AutoCloseable {

    private final Process process;
    private final Path output;
    private final OutputStream stdin;

    private CoachProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
        this.stdin = process.getOutputStream();
    }

    static CoachProcess start(Path outputFile, Map<String, String> env, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        builder.environment().remove("AWS_ENDPOINT_URL_DYNAMODB");
        builder.environment().putAll(env);
        return new CoachProcess(builder.start(), outputFile);
    }

    /** Types lines, as at the keyboard; standard input stays open. */
    CoachProcess type(String lines) throws IOException {
        stdin.write(lines.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        return this;
    }

    /** Types the lines and closes standard input, as a piped script does. */
    CoachProcess typeLast(String lines) throws IOException {
        type(lines);
        stdin.close();
        return this;
    }

    /** Waits until the output shows {@code text}; fails with the output so far if it does not in time. */
    CoachProcess await(String text, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!output().contains(text)) {
            if (Instant.now().isAfter(deadline) || !process.isAlive() && !output().contains(text)) {
                throw new AssertionError("no \"" + text + "\" within " + within.toSeconds() + " s"
                        + (process.isAlive() ? "" : " (it exited)") + "; the output:\n" + output());
            }
            Thread.sleep(100);
        }
        return this;
    }

    /** The exit status; fails if it has not exited in time. */
    int exitCode(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + within.toSeconds() + " s; the output:\n" + output());
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook runs, so its engine is left behind as an orphan. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}
