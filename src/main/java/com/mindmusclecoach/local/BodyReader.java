package com.mindmusclecoach.local;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Reads a request body without holding a thread while the client takes its time: each chunk is copied as it
 * arrives and Jetty is asked to call back when there is more. The whole body must arrive within a deadline and
 * a size; whatever happens first (all of it, too much, too late, a broken connection) is reported once.
 *
 * <p>A body past the size is still read, and thrown away, up to {@value #DRAIN_LIMIT} bytes in all: a client still
 * sending when the 413 goes out, and the connection then closes, gets a reset instead of the answer. Past that
 * the answer goes at once.
 */
final class BodyReader implements Runnable {

    /** How much of a too large body is read and thrown away before answering, so the client hears the 413. */
    static final long DRAIN_LIMIT = 2L * 1024 * 1024;

    private final Request request;
    private long seen;
    private final int maxBytes;
    private final Consumer<RequestBody> then;
    private final ByteArrayOutputStream bytes;
    private Scheduler.Task deadline;
    private boolean done;

    private BodyReader(Request request, int maxBytes, Consumer<RequestBody> then) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.then = then;
        long length = request.getLength();
        this.bytes = new ByteArrayOutputStream(length >= 0 && length <= maxBytes ? (int) length : 8192);
    }

    /** Starts reading; {@code then} gets the outcome, on whichever thread saw it. */
    static void read(Request request, int maxBytes, Duration within, Scheduler scheduler, Consumer<RequestBody> then) {
        BodyReader reader = new BodyReader(request, maxBytes, then);
        synchronized (reader) {
            reader.deadline = scheduler.schedule(reader::expire, within);
        }
        reader.run();
    }

    /**
     * Reads what has arrived and asks for a call back when more does. Synchronized with {@link #expire}: once the
     * outcome is reported the request may be answered and recycled, so nothing here touches it after that.
     */
    @Override
    public synchronized void run() {
        while (!done) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                finish(failure instanceof TimeoutException ? new RequestBody.TooSlow() : new RequestBody.Broken(failure));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            seen += buffer.remaining();
            if (seen > maxBytes) {
                chunk.release();
                if (last || seen > DRAIN_LIMIT) {
                    finish(new RequestBody.TooLarge());
                }
                continue;
            }
            byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            bytes.writeBytes(copy);
            chunk.release();
            if (last) {
                finish(new RequestBody.Read(bytes.toByteArray()));
            }
        }
    }

    private synchronized void expire() {
        if (!done) {
            finish(new RequestBody.TooSlow());
        }
    }

    private void finish(RequestBody outcome) {
        done = true;
        if (deadline != null) {
            deadline.cancel();
        }
        then.accept(outcome);
    }
}
