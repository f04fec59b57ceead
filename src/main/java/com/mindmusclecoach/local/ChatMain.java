package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.CustomSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Talk to the real skill in a terminal: typed words become Alexa requests through the interaction model, the
 * coach's speech comes back as text with its pauses shown. Reads standard input, so it can be scripted.
 */
public final class ChatMain {

    private static final String MODEL = "skill-package/interactionModels/custom/en-US.json";
    private final JsonSkill skill;
    private final UtteranceResolver resolver;
    private final RequestFactory requests;
    private final PrintStream out;
    private final boolean realTime;
    private boolean sessionOpen;
    private boolean repromptedOnce;
    private String lastReprompt;

    ChatMain(CustomSkill skill, UtteranceResolver resolver, RequestFactory requests, PrintStream out, boolean realTime) {
        this.skill = new JsonSkill(skill);
        this.resolver = resolver;
        this.requests = requests;
        this.out = out;
        this.realTime = realTime;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help")) {
            System.out.println(String.join("\n",
                    "usage: mvn -q compile exec:java -Dexec.args=\"[options]\"",
                    "  --real-time  wait out the coach's pauses, so a set can be followed",
                    "  --user NAME  the Amazon account training (progress is kept per account)",
                    "  --person NAME  a voice Alexa recognizes on that account (kept apart from the account's);",
                    "               in the chat, '/person NAME' changes voice and '/person nobody' is an unrecognized one",
                    "  --memory     keep progress in memory only, for this run",
                    "  --data DIR   keep progress in DIR (default " + LocalStorage.DATA_DIR + ")",
                    "Progress is kept in " + LocalStorage.DATA_DIR + " by an embedded DynamoDB-compatible engine;",
                    "if it cannot start, the coach says why and stops (exit status 3) rather than forget progress.",
                    "With AWS_ENDPOINT_URL_DYNAMODB set, that DynamoDB is used instead (table TABLE_NAME, created if",
                    "missing); with --aws, the DynamoDB of your AWS credentials and AWS_REGION (TABLE_NAME required)."));
            return;
        }
        String user = options.indexOf("--user") >= 0 && options.indexOf("--user") + 1 < options.size()
                ? options.get(options.indexOf("--user") + 1) : "local-user";
        Path model = Path.of(MODEL);
        if (!Files.exists(model)) {
            System.err.println("Cannot find " + MODEL + ": run this from the project's folder.");
            System.exit(2);
        }
        LocalStorage storage = LocalStorage.openOrExit(options, System.getenv());
        System.out.println("(progress: " + storage.description() + ")");
        CustomSkill skill = CoachSkill.create(CatalogueFile.standard(), storage.repository(), null);
        RequestFactory requests = new RequestFactory("amzn1.ask.skill.local-mind-muscle-coach",
                "amzn1.ask.account." + user, "en-US", Clock.systemUTC());
        if (options.indexOf("--person") >= 0 && options.indexOf("--person") + 1 < options.size()) {
            requests.speakAs(personId(options.get(options.indexOf("--person") + 1)));
        }
        ChatMain chat = new ChatMain(skill, new UtteranceResolver(InteractionModel.read(model)), requests,
                System.out, options.contains("--real-time"));
        try (storage) {
            chat.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console() != null);
        }
    }

    void run(BufferedReader in, boolean interactive) throws IOException, InterruptedException {
        out.println("Mind Muscle Coach, local text coach. Type what you would say to Alexa; an empty line is silence;"
                + " 'quit' leaves.");
        out.println("you> open mind muscle coach");
        send(requests.launch());
        while (true) {
            if (interactive) {
                out.print("you> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit")) {
                if (sessionOpen) {
                    send(requests.sessionEnded("USER_INITIATED"));
                }
                out.println("(bye)");
                return;
            }
            if (!interactive) {
                out.println("you> " + line);
            }
            handle(line.strip());
        }
    }

    private void handle(String line) throws InterruptedException {
        if (line.isEmpty()) {
            silence();
            return;
        }
        if (line.equals("/person") || line.startsWith("/person ")) {
            String name = line.substring("/person".length()).strip();
            String person = name.isEmpty() || name.equalsIgnoreCase("nobody") ? null : personId(name);
            requests.speakAs(person);
            out.println(person == null ? "(from now on, a voice Alexa does not recognize)"
                    : "(from now on, Alexa recognizes " + SpeechText.render("<alexa:name type=\"first\" personId=\""
                            + person + "\"/>") + "'s voice)");
            return;
        }
        String words = UtteranceResolver.normalize(line).replaceFirst("^(alexa )?(ask|tell) mind muscle coach (to )?", "");
        if (words.matches("(alexa )?(open|launch|start) mind muscle coach")) {
            send(requests.launch());
            return;
        }
        UtteranceResolver.Resolution resolution = resolver.resolve(words);
        if (resolution.intent().equals(UtteranceResolver.FALLBACK)) {
            out.println("(not in the interaction model; you could say: " + String.join(", ", resolver.examples()) + ")");
        }
        send(requests.intent(resolution.intent(), resolution.slots()));
    }

    /**
     * What Alexa itself would do with the response beyond speaking it: ask for a permission by voice, or put a card
     * in the Alexa app. This text coach has no Alexa to grant permissions, so it says so.
     */
    private void showWhatAlexaDoes(JsonNode body) {
        for (JsonNode directive : body.path("directives")) {
            if (directive.path("type").asText().equals("Connections.SendRequest")) {
                out.println("(Alexa would now ask for your permission (" + directive.path("name").asText() + " "
                        + directive.path("payload").path("permissionScope").asText() + "); this local coach cannot grant it,"
                        + " so reminders are tried on a device or the developer console)");
            }
        }
        JsonNode card = body.path("card");
        if (card.path("type").asText().equals("AskForPermissionsConsent")) {
            out.println("(a card in the Alexa app asks for the permission " + card.path("permissions") + ")");
        } else if (!card.isMissingNode() && card.has("title")) {
            out.println("(a card in the Alexa app: " + card.path("title").asText() + ")");
        }
    }

    /** The voice profile id the local coach makes up for a name: letters and digits only, lower case. */
    static String personId(String name) {
        String clean = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return clean.isEmpty() ? null : SpeechText.LOCAL_PERSON + clean;
    }

    /** Alexa reprompts once when the user says nothing, then ends the session. */
    private void silence() throws InterruptedException {
        if (!sessionOpen) {
            out.println("(the session has ended; say 'open mind muscle coach' or a one-shot like 'start bicep focus')");
            return;
        }
        if (!repromptedOnce && lastReprompt != null) {
            repromptedOnce = true;
            speak("coach (reprompt)", lastReprompt);
            return;
        }
        send(requests.sessionEnded("EXCEEDED_MAX_REPROMPTS"));
        out.println("(the session ended after silence)");
    }

    private void send(JsonNode request) throws InterruptedException {
        JsonNode response = skill.invoke(request);
        requests.after(response);
        JsonNode body = response.path("response");
        sessionOpen = !body.path("shouldEndSession").asBoolean(true);
        repromptedOnce = false;
        lastReprompt = body.path("reprompt").path("outputSpeech").path("ssml").asText(null);
        if (!body.path("outputSpeech").isMissingNode()) {
            speak("coach", body.path("outputSpeech").path("ssml").asText());
        }
        showWhatAlexaDoes(body);
        if (!sessionOpen && !request.path("request").path("type").asText().equals("SessionEndedRequest")) {
            out.println("(session ended)");
        }
    }

    private void speak(String who, String ssml) throws InterruptedException {
        if (!realTime) {
            out.println(who + "> " + SpeechText.render(ssml));
            return;
        }
        out.print(who + "> ");
        for (SpeechText.Part part : SpeechText.parts(ssml)) {
            if (part.words() != null) {
                out.print(part.words() + " ");
            } else {
                out.print("… ");
                out.flush();
                Thread.sleep(part.pauseMillis());
            }
        }
        out.println();
    }
}
