package com.mindmusclecoach.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback endpoint that accepts connections and never answers, like a database behind a network that
 * drops replies: a client meets its own read and call timeouts, for real.
 */
final class SilentEndpoint implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private SilentEndpoint(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::accept, "silent-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static SilentEndpoint start() {
        try {
            return new SilentEndpoint(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** A loopback port nobody listens on now: connections to it are refused. */
    static URI refusing() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
