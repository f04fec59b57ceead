package com.mindmusclecoach.local;

import com.amazon.ask.Skill;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text coach run on typed lines, as a person would type them, read back as exchanges. */
final class ChatScript {

    /** What was typed, and everything the coach printed in answer. */
    record Exchange(String typed, String printed) {
    }

    private ChatScript() {
    }

    /** Every line is answered, and none missed the interaction model (a phrase the model lacks fails the test). */
    static List<Exchange> chat(Skill skill, String user, String... lines) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ChatMain chat = new ChatMain(skill,
                new UtteranceResolver(InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json"))),
                new RequestFactory("amzn1.ask.skill.test", user, "en-US", Clock.systemUTC()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        chat.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), false);

        List<Exchange> exchanges = new ArrayList<>();
        String[] parts = printed.toString(StandardCharsets.UTF_8).split("(?m)^you> ");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int end = part.indexOf('\n');
            exchanges.add(new Exchange(part.substring(0, end), part.substring(end + 1)));
        }
        assertThat(exchanges).extracting(Exchange::typed).as("every typed line answered").endsWith(lines);
        assertThat(exchanges).extracting(Exchange::printed).as("no line missed the interaction model")
                .noneMatch(answer -> answer.contains("(not in the interaction model"));
        return exchanges;
    }

    /** The coach's speech in answer to the line, pauses left out, as a person would hear it. */
    static String heard(List<Exchange> chat, String typed) {
        Exchange exchange = chat.stream().filter(e -> e.typed().equals(typed)).findFirst().orElseThrow();
        String coach = exchange.printed().lines().filter(line -> line.startsWith("coach> ")).findFirst()
                .orElseThrow(() -> new AssertionError("no answer to '" + typed + "' in: " + exchange.printed()));
        return coach.substring("coach> ".length()).replaceAll("\\s*\\[[\\d.]+ s\\]\\s*", " ").strip();
    }
}
