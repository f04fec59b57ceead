package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The hostile input of the fuzz suite: text that looks like SSML or markup, absurd numbers, unknown request
 * types and intent names, wrongly typed values, and the mutations that put them into real request envelopes.
 */
final class Hostile {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Fragments of text that a careless narrator would turn into markup, or that break XML or JSON. */
    static final List<String> SSML_FRAGMENTS = List.of(
            "<audio src=\"soundbank://soundlibrary/human/amzn_sfx_crowd_cheer_med_01\"/>",
            "<audio src='https://evil.example/loud.mp3'>", "</speak>", "<speak>", "</audio>",
            "<break time=\"100s\"/>", "<prosody volume=\"x-loud\">", "<say-as interpret-as=\"expletive\">",
            "<voice name=\"Kendra\">", "<amazon:effect name=\"whispered\">", "<p>", "<s>", "<sub alias=\"x\">",
            "<!-- a comment -->", "<![CDATA[ raw ]]>", "]]>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE speak [<!ENTITY boom \"boom\">]>", "&boom;", "&", "&amp;", "&lt;", "&#x3C;audio&#x3E;", "&#0;",
            "\"", "'", "<", ">", "/>", "=\"", "bicep focus", "leg day", "squats", "\u0000", "\u0007", "\t", "\n", "\r",
            "\u200B", "\u202E", "\uFEFF", "\uFFFF", "\uFFFE", "💪", "🏋️‍♀️", "Größe", "日本語", "עברית");

    /** Values heard for a number slot: Alexa sends digits, but a request may carry anything. */
    static final List<String> NUMBER_TEXTS = List.of("1000000", "-1", "0", "-0", "2147483647", "2147483648",
            "-2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999", "1e9", "3.5", "NaN",
            "Infinity", "+5", "0x10", "05", " 4 ", "4 reps", "four", "?", "", " ", "٣", "５", "1_000", "1,000");

    /** Request types Alexa may send a custom skill, and some it never would. */
    static final List<String> REQUEST_TYPES = List.of("Alexa.Presentation.APL.UserEvent",
            "Alexa.Presentation.APL.LoadIndexListData", "Alexa.Presentation.APLT.UserEvent", "CanFulfillIntentRequest",
            "Connections.Response", "Connections.Request", "System.ExceptionEncountered", "Display.ElementSelected",
            "AudioPlayer.PlaybackFailed", "AudioPlayer.PlaybackStarted", "PlaybackController.PlayCommandIssued",
            "AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillDisabled", "AlexaSkillEvent.SkillAccountLinked",
            "AlexaSkillEvent.ProactiveSubscriptionChanged", "Messaging.MessageReceived", "Dialog.InputRequest",
            "GameEngine.InputHandlerEvent", "SessionResumedRequest", "LaunchRequest", "IntentRequest",
            "SessionEndedRequest", "NoSuchRequest", "", "intentrequest");

    static final List<String> INTENT_NAMES = List.of("SomeOtherSkillIntent", "", " ", "AMAZON.ScrollDownIntent",
            "AMAZON.ShuffleOnIntent", "AMAZON.SelectIntent", "AMAZON.MoreIntent", "AMAZON.LoopOnIntent",
            "StartWorkoutIntent", "RateIntent", "SetRepsIntent", "SetRestIntent", "ReadyIntent", "ProgressIntent",
            "DeleteDataIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
            "AMAZON.StopIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StartOverIntent", "PainIntent",
            "DizzyIntent", "TooHardIntent", "TooEasyIntent", "RepsDoneIntent", "SkipWarmUpIntent", "SkipCoolDownIntent",
            "NoEquipmentIntent");

    static final List<String> SLOT_NAMES = List.of("workout", "rating", "reps", "seconds", "bodyPart", "nonsense");

    /** Values of the wrong type for any field. */
    static final List<JsonNode> WRONG_TYPES = List.of(NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(2147483648L), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.numberNode(1e308), NODES.numberNode(-0.5), NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x"), NODES.textNode("2026-13-45T99:99:99Z"),
            NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().add(1).add("a").addNull().add(NODES.objectNode()),
            nested(40));

    /** Texts that are long, odd or hostile in other ways than markup. */
    static final List<String> ODD_TEXTS = List.of("a".repeat(10_000), "<".repeat(3_000), "&".repeat(3_000),
            "bicep focus ".repeat(800), "💪".repeat(2_000), "${jndi:ldap://127.0.0.1/x}", "%s%n%d", "'; DROP TABLE progress; --",
            "../../etc/passwd", "\r\n\r\nHTTP/1.1 200 OK", "{\"request\":{}}", "null", "undefined", "\\u0000", "\\");

    private Hostile() {
    }

    /** A string made of SSML fragments; indexes wrap around the fragment list. */
    static String ssmlLookalike(List<Integer> fragmentIndexes) {
        StringBuilder text = new StringBuilder();
        for (int index : fragmentIndexes) {
            text.append(SSML_FRAGMENTS.get(Math.floorMod(index, SSML_FRAGMENTS.size())));
        }
        return text.toString();
    }

    static String anyText(int choice) {
        int all = SSML_FRAGMENTS.size() + NUMBER_TEXTS.size() + ODD_TEXTS.size();
        int i = Math.floorMod(choice, all);
        if (i < SSML_FRAGMENTS.size()) {
            return SSML_FRAGMENTS.get(i);
        }
        i -= SSML_FRAGMENTS.size();
        return i < NUMBER_TEXTS.size() ? NUMBER_TEXTS.get(i) : ODD_TEXTS.get(i - NUMBER_TEXTS.size());
    }

    private static JsonNode nested(int depth) {
        ObjectNode root = NODES.objectNode();
        ObjectNode node = root;
        for (int i = 0; i < depth; i++) {
            node = node.putObject("a");
        }
        return root;
    }

    /** One change to an envelope; {@code target} and {@code choice} pick (modulo) where and what. */
    record Mutation(Kind kind, int target, int choice) {

        void applyTo(ObjectNode envelope) {
            kind.apply(envelope, target, choice);
        }
    }

    enum Kind {
        /** Removes any field or array element. */
        REMOVE {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                pick(locations(envelope), target).remove();
            }
        },
        /** Replaces any value with one of the wrong type. */
        WRONG_TYPE {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                pick(locations(envelope), target).set(pick(WRONG_TYPES, choice).deepCopy());
            }
        },
        /** Replaces any text value with hostile text. */
        HOSTILE_TEXT {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                List<Location> texts = locations(envelope).stream().filter(l -> l.value().isTextual()).toList();
                if (!texts.isEmpty()) {
                    pick(texts, target).set(NODES.textNode(anyText(choice)));
                }
            }
        },
        REQUEST_TYPE {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                request(envelope).put("type", pick(REQUEST_TYPES, choice));
            }
        },
        INTENT_NAME {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                object(request(envelope), "intent").put("name", pick(INTENT_NAMES, choice));
            }
        },
        /** Puts a hostile or absurd value into a slot, creating the slot if needed. */
        SLOT_VALUE {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                String name = pick(SLOT_NAMES, target);
                object(object(object(request(envelope), "intent"), "slots"), name).put("name", name).put("value", anyText(choice));
            }
        },
        /**
         * Entity resolution, of the workout or the body part, that matched nothing, matched without values, or is
         * malformed.
         */
        RESOLUTION {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                String name = Math.floorMod(choice / 7, 2) == 0 ? "workout" : "bodyPart";
                ObjectNode slot = object(object(object(request(envelope), "intent"), "slots"), name)
                        .put("name", name).put("value", anyText(target));
                ArrayNode authorities = slot.putObject("resolutions").putArray("resolutionsPerAuthority");
                switch (Math.floorMod(choice, 7)) {
                    case 0 -> authorities.addObject().putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
                    case 1 -> authorities.addObject().putObject("status").put("code", "ER_SUCCESS_MATCH");
                    case 2 -> {
                        ObjectNode authority = authorities.addObject();
                        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                        authority.putArray("values").addObject().putNull("value");
                    }
                    case 3 -> {
                        ObjectNode authority = authorities.addObject();
                        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                        authority.putArray("values").addObject().putObject("value").put("name", "x").put("id", anyText(target));
                    }
                    case 4 -> authorities.addObject().putObject("status").put("code", "ER_ERROR_TIMEOUT");
                    case 5 -> authorities.addObject().putNull("status");
                    default -> authorities.addObject().putObject("status").put("code", "NO_SUCH_CODE");
                }
            }
        },
        /** Changes a value inside the session attributes the skill wrote, as a tampered or stale device would. */
        TAMPER_ATTRIBUTE {
            @Override
            void apply(ObjectNode envelope, int target, int choice) {
                List<Location> inside = locations(envelope.path("session").path("attributes"));
                if (inside.isEmpty()) {
                    return;
                }
                Location location = pick(inside, target);
                switch (Math.floorMod(choice, 3)) {
                    case 0 -> location.remove();
                    case 1 -> location.set(pick(WRONG_TYPES, choice / 3).deepCopy());
                    default -> location.set(NODES.textNode(anyText(choice / 3)));
                }
            }
        };

        abstract void apply(ObjectNode envelope, int target, int choice);
    }

    private static ObjectNode request(ObjectNode envelope) {
        return object(envelope, "request");
    }

    /** The object under {@code name}, replacing whatever else is there. */
    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.path(name).isObject() ? (ObjectNode) parent.path(name) : parent.putObject(name);
    }

    private static <T> T pick(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }

    /** A field of an object or an element of an array, somewhere in a tree. */
    record Location(ContainerNode<?> parent, String field, int index) {

        JsonNode value() {
            return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    /** Every location in the tree, parents before children. */
    static List<Location> locations(JsonNode root) {
        List<Location> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<Location> all) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                all.add(new Location(object, name, -1));
                collect(object.get(name), all);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                all.add(new Location(array, null, i));
                collect(array.get(i), all);
            }
        }
    }
}
