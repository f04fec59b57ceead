package com.mindmusclecoach.local;

/** What reading a request body came to. */
sealed interface RequestBody {

    /** All of it, within the size and time allowed. */
    record Read(byte[] bytes) implements RequestBody {
    }

    /** More bytes than allowed: the rest is not read. */
    record TooLarge() implements RequestBody {
    }

    /** Not all of it within the time allowed, or a pause longer than the idle timeout. */
    record TooSlow() implements RequestBody {
    }

    /** The client broke off (early end, reset) or the body was malformed on the wire. */
    record Broken(Throwable cause) implements RequestBody {
    }
}
