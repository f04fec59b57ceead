package com.mindmusclecoach.speech;

/** A finished turn: SSML to say, the reprompt (null when the conversation ends), and whether it ends. */
public record Speech(String ssml, String reprompt, boolean ends) {
}
