package com.mindmusclecoach.local;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A total bound on the time a connection may take to deliver a request's line and headers, where the connector's
 * idle timeout only bounds a pause: a client sending one byte every few seconds would otherwise keep a connection
 * open for as long as it likes. The clock starts when the connection opens and again when an answer has been
 * sent; the handler stops it when a request's headers are complete. A connection still without a whole request
 * when it runs out is closed, without an answer: there is no request to answer yet.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration limit;
    private final Map<Connection, Armed> armed = new ConcurrentHashMap<>();

    HeaderDeadline(Scheduler scheduler, Duration limit) {
        this.scheduler = scheduler;
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        arm(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        disarm(connection);
    }

    /** The next request's headers are due within the limit from now. */
    void arm(Connection connection) {
        Armed next = new Armed();
        Armed previous = armed.put(connection, next);
        if (previous != null) {
            previous.cancel();
        }
        next.task = scheduler.schedule(() -> {
            if (armed.remove(connection, next)) {
                connection.getEndPoint().close();
            }
        }, limit);
    }

    /** A request's headers are complete: its body has a deadline of its own. */
    void disarm(Connection connection) {
        Armed previous = armed.remove(connection);
        if (previous != null) {
            previous.cancel();
        }
    }

    /** One arming, so a late timer can tell it was replaced. */
    private static final class Armed {

        private volatile Scheduler.Task task;

        void cancel() {
            Scheduler.Task scheduled = task;
            if (scheduled != null) {
                scheduled.cancel();
            }
        }
    }
}
