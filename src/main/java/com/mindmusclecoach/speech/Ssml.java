package com.mindmusclecoach.speech;

/**
 * Builds SSML for Alexa and is the one place that knows its rules: text is escaped, a pause longer than the
 * platform's ten-second break limit becomes several breaks, and the finished speech must fit in
 * {@value #MAX_SPEECH_CHARS} characters.
 */
public final class Ssml {

    public static final int MAX_SPEECH_CHARS = 8000;
    public static final int MAX_BREAK_MILLIS = 10_000;
    /** Audio clips the platform plays in one response. */
    public static final int MAX_AUDIO_CLIPS = 5;

    private final StringBuilder body = new StringBuilder();
    private int clips;

    public static Ssml speech() {
        return new Ssml();
    }

    /** Plain words, escaped. */
    public Ssml say(String text) {
        if (text != null && !text.isBlank()) {
            separate();
            body.append(escape(text.strip()));
        }
        return this;
    }

    /**
     * Words around a recognized person's first name, which Alexa fills in from {@code personId}
     * ({@code <alexa:name type="first" personId="..."/>}; no permission is needed, and the skill never learns the
     * name). Without a person id the name is left out, and so is the space before it.
     */
    public Ssml sayWithName(String before, String personId, String after) {
        separate();
        body.append(escape(before.strip()));
        if (personId != null && !personId.isBlank()) {
            body.append(" <alexa:name type=\"first\" personId=\"").append(escape(personId)).append("\"/>");
        }
        body.append(escape(after));
        return this;
    }

    /** Words spoken a little slower than normal, for visualizations. */
    public Ssml sayCalmly(String text) {
        separate();
        body.append("<prosody rate=\"90%\">").append(escape(text.strip())).append("</prosody>");
        return this;
    }

    /** Words spoken with emphasis, for the squeeze. */
    public Ssml stress(String text) {
        separate();
        body.append("<emphasis level=\"moderate\">").append(escape(text.strip())).append("</emphasis>");
        return this;
    }

    /** A clip from the Alexa Skills Kit sound library ({@code soundbank://...}), which needs no hosting. */
    public Ssml sound(String soundbankUrl) {
        if (!soundbankUrl.startsWith("soundbank://")) {
            throw new IllegalArgumentException("only sound library clips are played: " + soundbankUrl);
        }
        separate();
        body.append("<audio src=\"").append(escape(soundbankUrl)).append("\"/>");
        clips++;
        return this;
    }

    /** Silence of any length, as consecutive breaks of at most ten seconds each. */
    public Ssml pause(int millis) {
        int left = millis;
        while (left > 0) {
            int chunk = Math.min(left, MAX_BREAK_MILLIS);
            body.append(chunk % 1000 == 0 ? "<break time=\"" + chunk / 1000 + "s\"/>" : "<break time=\"" + chunk + "ms\"/>");
            left -= chunk;
        }
        return this;
    }

    public Ssml then(Ssml other) {
        if (!other.body.isEmpty()) {
            separate();
            body.append(other.body);
            clips += other.clips;
        }
        return this;
    }

    public boolean isEmpty() {
        return body.isEmpty();
    }

    /** Length of the finished {@code <speak>} document. */
    public int length() {
        return body.length() + "<speak></speak>".length();
    }

    /** The finished document; a document over the platform limit is a bug in the narration, not a user error. */
    public String toSpeech() {
        if (length() > MAX_SPEECH_CHARS) {
            throw new IllegalStateException("speech of " + length() + " characters exceeds " + MAX_SPEECH_CHARS);
        }
        if (clips > MAX_AUDIO_CLIPS) {
            throw new IllegalStateException(clips + " audio clips in one response, more than " + MAX_AUDIO_CLIPS);
        }
        return "<speak>" + body + "</speak>";
    }

    @Override
    public String toString() {
        return "<speak>" + body + "</speak>";
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(isSpeakable(c) ? c : ' ');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Control characters, and characters XML 1.0 cannot carry at all (a lone surrogate, U+FFFE, U+FFFF), become spaces. */
    private static boolean isSpeakable(char c) {
        return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    private void separate() {
        if (!body.isEmpty() && body.charAt(body.length() - 1) != ' ') {
            body.append(' ');
        }
    }
}
