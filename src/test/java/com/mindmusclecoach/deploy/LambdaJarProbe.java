package com.mindmusclecoach.deploy;

import com.mindmusclecoach.skill.CoachStreamHandler;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Lambda container in a JVM whose class path is the Lambda jar and this class alone (see {@link LambdaJarIT}):
 * builds the handler as Lambda does, then reads commands from stdin, one a line, and answers each on one line of
 * stdout. {@code prime} runs the SnapStart hooks (beforeCheckpoint, afterRestore); {@code endpoint REGION} asks
 * the SDK's own DynamoDB endpoint rules, which the client uses outside the standard partition, for REGION's
 * endpoint (no network); any other line is a request envelope, Base64-encoded, answered with
 * {@code OK <Base64 response>} or {@code ERR <throwable>}. Uses nothing but the JDK, the handler's public API
 * and the SDK's endpoint rules, so a class the shrinker dropped shows up here as it would on Lambda.
 */
public final class LambdaJarProbe {

    private LambdaJarProbe() {
    }

    public static void main(String[] args) throws Exception {
        // The protocol keeps stdout to itself; whatever the function writes there (its EMF metrics on Lambda) goes to
        // the container's log with the rest, where the tests can read it.
        java.io.PrintStream protocol = System.out;
        System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8));
        CoachStreamHandler handler = new CoachStreamHandler();
        protocol.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                if (line.equals("prime")) {
                    handler.beforeCheckpoint(null);
                    handler.afterRestore(null);
                    protocol.println("OK");
                } else if (line.startsWith("trace ")) { // what the Java runtime sets for each invocation
                    System.setProperty("com.amazonaws.xray.traceHeader", line.substring("trace ".length()));
                    protocol.println("OK");
                } else if (line.startsWith("endpoint ")) {
                    Region region = Region.of(line.substring("endpoint ".length()));
                    protocol.println("OK " + DynamoDbEndpointProvider.defaultProvider()
                            .resolveEndpoint(DynamoDbEndpointParams.builder().region(region).build()).join().url());
                } else {
                    ByteArrayOutputStream response = new ByteArrayOutputStream();
                    handler.handleRequest(new ByteArrayInputStream(Base64.getDecoder().decode(line)), response, null);
                    protocol.println("OK " + Base64.getEncoder().encodeToString(response.toByteArray()));
                }
            } catch (Throwable t) { // a LinkageError is exactly what this probe is for
                protocol.println("ERR " + String.valueOf(t).replace('\n', ' '));
            }
            protocol.flush();
        }
    }
}
