package com.mindmusclecoach.bench;

import com.mindmusclecoach.skill.CoachStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start as Lambda does it: build the handler (skill, catalogue, DynamoDB client from the environment),
 * answer one LaunchRequest (which reads the user's progress), print the peak resident memory and exit.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        new CoachStreamHandler().handleRequest(new ByteArrayInputStream(request), response, null);
        if (!response.toString().contains("Welcome back")) {
            throw new IllegalStateException("the launch did not read the stored progress: " + response);
        }
        String status = Files.readString(Path.of("/proc/self/status"));
        String peak = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: 0 kB");
        System.out.println("peak-rss-kib " + peak.replaceAll("\\D+", ""));
    }
}
