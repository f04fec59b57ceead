package com.mindmusclecoach.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns typed words into an intent and slots the way Alexa would, from the interaction model itself: sample
 * utterances with {slot} placeholders, custom slot values and synonyms resolved to ids, number words for
 * AMAZON.NUMBER, AMAZON.TIME, and the usual phrasings of the built-in intents. Anything else becomes AMAZON.FallbackIntent.
 */
final class UtteranceResolver {

    /** A slot as heard: {@code id} is the entity-resolution id (null when nothing matched, or for numbers). */
    record SlotValue(String heard, String id, boolean customType) {
    }

    record Resolution(String intent, Map<String, SlotValue> slots) {
    }

    static final String FALLBACK = "AMAZON.FallbackIntent";
    private static final Map<String, List<String>> BUILT_IN_PHRASES = Map.ofEntries(
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i do")),
            Map.entry("AMAZON.StopIntent", List.of("stop", "quit", "exit", "off", "shut up", "be quiet")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "forget it")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home")),
            Map.entry("AMAZON.YesIntent", List.of("yes", "yes please", "ok", "okay", "yeah", "sure")),
            Map.entry("AMAZON.NoIntent", List.of("no", "no thanks", "nope")),
            Map.entry("AMAZON.PauseIntent", List.of("pause", "pause that")),
            Map.entry("AMAZON.ResumeIntent", List.of("resume", "continue")),
            Map.entry("AMAZON.RepeatIntent", List.of("repeat", "again", "say it again")),
            Map.entry("AMAZON.NextIntent", List.of("next", "skip ahead")),
            Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart")));
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private record Pattern_(String intent, Pattern regex, List<String> slotNames, int literalLength) {
    }

    private final InteractionModel model;
    private final List<Pattern_> patterns = new ArrayList<>();

    UtteranceResolver(InteractionModel model) {
        this.model = model;
        for (InteractionModel.Intent intent : model.intents()) {
            List<String> samples = new ArrayList<>(intent.samples());
            samples.addAll(BUILT_IN_PHRASES.getOrDefault(intent.name(), List.of()));
            for (String sample : samples) {
                Pattern_ loose = compile(intent.name(), sample, name -> null);
                if (loose.slotNames().size() > 1) {
                    // With two slots side by side ("{workout} {kit}"), where one ends is found by the values Alexa knows.
                    patterns.add(compile(intent.name(), sample, name -> knownValues(intent.slotTypes().get(name))));
                }
                patterns.add(loose);
            }
        }
        // Literal samples first, then the most specific (most literal words) slot samples.
        patterns.sort(Comparator.comparing((Pattern_ p) -> !p.slotNames().isEmpty())
                .thenComparing(Comparator.comparingInt(Pattern_::literalLength).reversed()));
    }

    Resolution resolve(String utterance) {
        String words = normalize(utterance);
        Resolution fallback = null;
        for (Pattern_ pattern : patterns) {
            Matcher m = pattern.regex().matcher(words);
            if (!m.matches()) {
                continue;
            }
            Optional<Map<String, SlotValue>> slots = slots(pattern, m);
            if (slots.isEmpty()) {
                continue;
            }
            boolean allResolved = slots.get().values().stream().allMatch(v -> !v.customType() || v.id() != null);
            Resolution found = new Resolution(pattern.intent(), slots.get());
            if (allResolved) {
                return found;
            }
            // A slot-only sample ("{workout}") would otherwise swallow every unknown phrase.
            if (fallback == null && pattern.literalLength() > 0) {
                fallback = found;
            }
        }
        return fallback != null ? fallback : new Resolution(FALLBACK, Map.of());
    }

    /** A few things that can be said, for when the user types something the model does not know. */
    List<String> examples() {
        return List.of("start bicep focus", "ready", "four", "pause", "resume", "slower", "make it ten reps",
                "how many left", "why does this work", "help", "stop");
    }

    private Optional<Map<String, SlotValue>> slots(Pattern_ pattern, Matcher m) {
        Map<String, SlotValue> slots = new LinkedHashMap<>();
        InteractionModel.Intent intent = model.intents().stream().filter(i -> i.name().equals(pattern.intent()))
                .findFirst().orElseThrow();
        for (int i = 0; i < pattern.slotNames().size(); i++) {
            String name = pattern.slotNames().get(i);
            String heard = m.group(i + 1).strip();
            String type = intent.slotTypes().getOrDefault(name, "");
            if (type.equals("AMAZON.NUMBER")) {
                Optional<Integer> number = number(heard);
                if (number.isEmpty()) {
                    return Optional.empty();
                }
                slots.put(name, new SlotValue(Integer.toString(number.get()), null, false));
            } else if (type.equals("AMAZON.TIME")) {
                // As Alexa gives it, "07:00"; words that are no time on the clock are passed on as heard.
                slots.put(name, new SlotValue(time(heard).orElse(heard), null, false));
            } else {
                String id = model.slotValues().getOrDefault(type, Map.of()).get(heard);
                slots.put(name, new SlotValue(heard, id, true));
            }
        }
        return Optional.of(slots);
    }

    /**
     * A time of day as AMAZON.TIME gives it, "HH:mm": "seven", "seven thirty", "six oh five pm", "7 30 in the evening",
     * "noon". An hour past 23 is kept ("twenty five o'clock" is "25:00"), for the skill to refuse; empty for words that
     * are no time at all.
     */
    static Optional<String> time(String words) {
        String w = words.strip().replaceAll("\\bo ?'? ?clock\\b", "").replaceAll("\\s+", " ").strip();
        if (w.equals("noon") || w.equals("midday")) {
            return Optional.of("12:00");
        }
        if (w.equals("midnight")) {
            return Optional.of("00:00");
        }
        Matcher part = Pattern.compile("^(.*?)\\s*(am|a m|pm|p m|in the morning|in the afternoon|in the evening|at night|tonight)?$")
                .matcher(w);
        if (!part.matches() || part.group(1).isBlank()) {
            return Optional.empty();
        }
        String[] tokens = part.group(1).split(" ");
        Optional<Integer> hour = number(tokens[0]);
        int minute = 0;
        if (tokens.length > 1) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, tokens.length)).replaceFirst("^oh ", "");
            Optional<Integer> minutes = number(rest);
            // "twenty five": an hour in two words
            Optional<Integer> wholeHour = number(part.group(1));
            if (minutes.isEmpty() && wholeHour.isEmpty()) {
                return Optional.empty();
            }
            if (minutes.isPresent() && hour.isPresent() && hour.get() < 24 && !(tokens.length == 2 && wholeHour.isPresent()
                    && hour.get() >= 20 && minutes.get() < 10)) {
                minute = minutes.get();
            } else if (wholeHour.isPresent()) {
                hour = wholeHour;
            } else {
                return Optional.empty();
            }
        }
        if (hour.isEmpty() || hour.get() < 0 || minute < 0) {
            return Optional.empty();
        }
        int h = hour.get();
        String suffix = part.group(2) == null ? "" : part.group(2);
        boolean later = suffix.startsWith("p") || suffix.contains("afternoon") || suffix.contains("evening")
                || suffix.contains("night");
        if (later && h < 12) {
            h += 12;
        } else if ((suffix.startsWith("a") || suffix.contains("morning")) && h == 12) {
            h = 0;
        }
        return Optional.of(String.format(Locale.ROOT, "%02d:%02d", h, minute));
    }

    static Optional<Integer> number(String words) {
        String w = words.strip().replace('-', ' ').replaceFirst("^a (hundred|thousand|million)", "one $1");
        if (w.matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(w));
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String token : w.split("\\s+")) {
            if (token.equals("and") || token.equals("a") && !any) {
                continue;
            }
            int small = NUMBER_WORDS.indexOf(token);
            int tens = TENS.indexOf(token);
            if (small >= 0) {
                current += small;
            } else if (tens >= 0) {
                current += (tens + 2) * 10;
            } else if (token.equals("hundred") && any) {
                current *= 100;
            } else if (token.equals("thousand") && any) {
                total += current * 1000;
                current = 0;
            } else if (token.equals("million") && any) {
                total += current * 1_000_000;
                current = 0;
            } else {
                return Optional.empty();
            }
            any = true;
        }
        return any ? Optional.of(total + current) : Optional.empty();
    }

    static String normalize(String utterance) {
        // a hyphen as a space: speech recognition hears "warm up", whatever is typed ("warm-up", "push-ups")
        return utterance.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']", " ").replaceAll("\\s+", " ").strip();
    }

    /** A regular expression matching exactly the custom type's values and synonyms; null for built-in types. */
    private String knownValues(String type) {
        Map<String, String> values = type == null ? null : model.slotValues().get(type);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(", ")"));
    }

    private static Pattern_ compile(String intent, String sample, java.util.function.Function<String, String> slotRegex) {
        List<String> slotNames = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        // Words are matched lower case; slot names keep the case they are declared in ("bodyPart").
        Matcher slot = Pattern.compile("\\{(\\w+)}").matcher(sample);
        int last = 0;
        int literal = 0;
        while (slot.find()) {
            String text = sample.substring(last, slot.start()).toLowerCase(Locale.ROOT);
            regex.append(Pattern.quote(text));
            literal += text.strip().length();
            String known = slotRegex.apply(slot.group(1));
            regex.append(known == null ? "(.+?)" : known);
            slotNames.add(slot.group(1));
            last = slot.end();
        }
        String rest = sample.substring(last).toLowerCase(Locale.ROOT);
        regex.append(Pattern.quote(rest));
        literal += rest.strip().length();
        return new Pattern_(intent, Pattern.compile(regex.toString()), slotNames, literal);
    }
}
