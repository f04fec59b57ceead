package com.mindmusclecoach.bench;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The floor of the libraries the skill is built on: a hello-world skill on ask-sdk-core, built and answering one
 * LaunchRequest through the SDK's Lambda stream handler, with no storage. What the coach adds to a cold start is
 * what it takes beyond this.
 */
public final class AskHelloProbe {

    private AskHelloProbe() {
    }

    public static void main(String[] args) throws Exception {
        RequestHandler hello = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return input.matches(Predicates.requestType(com.amazon.ask.model.LaunchRequest.class));
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                return input.getResponseBuilder().withSpeech("Hello.").build();
            }
        };
        SkillStreamHandler handler = new SkillStreamHandler(new CustomSkillBuilder().addRequestHandlers(hello).build()) { };
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[0]))), response, null);
        if (!response.toString().contains("Hello.")) {
            throw new IllegalStateException("no hello: " + response);
        }
        String status = Files.readString(Path.of("/proc/self/status"));
        String peak = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: 0 kB");
        System.out.println("peak-rss-kib " + peak.replaceAll("\\D+", ""));
    }
}
