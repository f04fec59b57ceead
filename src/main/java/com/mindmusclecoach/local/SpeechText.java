package com.mindmusclecoach.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SSML made readable in a terminal: tags stripped, pauses shown as "[3 s]", consecutive pauses merged. */
final class SpeechText {

    /** Words to print, or a pause to show (and, in real time, to wait). */
    record Part(String words, int pauseMillis) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "<break time=\"(\\d+)(ms|s)\"/>|<alexa:name [^>]*personId=\"([^\"]*)\"[^>]*/>|<[^>]+>|[^<]+");
    /** How the local coach makes up a recognized person's id: this, then the name given with --person. */
    static final String LOCAL_PERSON = "amzn1.ask.person.local-";

    private SpeechText() {
    }

    static List<Part> parts(String ssml) {
        List<Part> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(ssml == null ? "" : ssml);
        StringBuilder words = new StringBuilder();
        int pause = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                flushWords(parts, words);
                pause += Integer.parseInt(m.group(1)) * ("s".equals(m.group(2)) ? 1000 : 1);
            } else if (m.group(3) != null || !m.group().startsWith("<")) {
                String text = m.group(3) != null ? name(unescape(m.group(3))) : unescape(m.group());
                if (!text.isBlank()) {
                    flushPause(parts, pause);
                    pause = 0;
                    words.append(text);
                } else {
                    words.append(' ');
                }
            }
        }
        flushWords(parts, words);
        flushPause(parts, pause);
        return parts;
    }

    static String render(String ssml) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts(ssml)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.words() != null ? part.words() : "[" + seconds(part.pauseMillis()) + " s]");
        }
        return out.toString();
    }

    /** What Alexa says for {@code <alexa:name type="first" personId="…"/>}: the person's first name. */
    private static String name(String personId) {
        if (!personId.startsWith(LOCAL_PERSON) || personId.length() == LOCAL_PERSON.length()) {
            return "(first name)";
        }
        String name = personId.substring(LOCAL_PERSON.length());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String seconds(int millis) {
        return millis % 1000 == 0 ? Integer.toString(millis / 1000) : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static void flushWords(List<Part> parts, StringBuilder words) {
        String text = words.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            parts.add(new Part(text, 0));
        }
        words.setLength(0);
    }

    private static void flushPause(List<Part> parts, int pause) {
        if (pause > 0) {
            parts.add(new Part(null, pause));
        }
    }

    private static String unescape(String text) {
        return text.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
