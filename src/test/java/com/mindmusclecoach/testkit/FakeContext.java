package com.mindmusclecoach.testkit;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda context of one invocation: Alexa's 8 seconds (template.yaml's Timeout), a log to look at, and an X-Ray
 * trace header as Lambda gives a sampled invocation of a function with active tracing (a new trace each time).
 */
public final class FakeContext implements Context {

    private static final int TIMEOUT_MILLIS = 8_000;
    private static final SecureRandom IDS = new SecureRandom();
    private final String awsRequestId;
    private final String traceHeader;
    private final long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    private final List<String> logged = new ArrayList<>();

    public FakeContext(String awsRequestId) {
        this(awsRequestId, sampledTraceHeader());
    }

    public FakeContext(String awsRequestId, String traceHeader) {
        this.awsRequestId = awsRequestId;
        this.traceHeader = traceHeader;
    }

    /** A new trace's header, {@code Root=1-<time>-<24 hex>;Parent=<16 hex>;Sampled=1}. */
    public static String sampledTraceHeader() {
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=1", System.currentTimeMillis() / 1000,
                IDS.nextLong() & 0xFFFFFFFFFFFFL, IDS.nextLong() & 0xFFFFFFFFFFFFL, IDS.nextLong());
    }

    @Override
    public String getXrayTraceId() {
        return traceHeader;
    }

    public List<String> loggedLines() {
        return logged;
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/mind-muscle-coach";
    }

    @Override
    public String getLogStreamName() {
        return "2026/11/30/[$LATEST]test";
    }

    @Override
    public String getFunctionName() {
        return "mind-muscle-coach";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:mind-muscle-coach";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                logged.add(message);
            }

            @Override
            public void log(byte[] message) {
                logged.add(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
