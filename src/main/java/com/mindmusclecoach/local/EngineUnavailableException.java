package com.mindmusclecoach.local;

/**
 * The DynamoDB engine cannot run: what is wrong and what the person at the keyboard can do about it, kept apart so
 * the coach can print both and add its own way out ({@code --memory}).
 */
public final class EngineUnavailableException extends IllegalStateException {

    private final String fix;

    EngineUnavailableException(String problem, String fix) {
        super(problem);
        this.fix = fix;
    }

    EngineUnavailableException(String problem, String fix, Throwable cause) {
        super(problem, cause);
        this.fix = fix;
    }

    /** What to do about it, e.g. "install Node.js 18 or later". */
    public String fix() {
        return fix;
    }
}
