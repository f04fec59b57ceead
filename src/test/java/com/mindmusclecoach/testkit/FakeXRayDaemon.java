package com.mindmusclecoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in X-Ray daemon on a loopback UDP port: what the function sent it, each datagram checked to be a header line
 * and one JSON document, as the real daemon reads them.
 */
public final class FakeXRayDaemon implements AutoCloseable {

    private static final String HEADER = "{\"format\": \"json\", \"version\": 1}\n";
    private static final String MARKER = "end of what was sent";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatagramSocket socket;

    public FakeXRayDaemon() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setSoTimeout(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The daemon's address as Lambda gives it, in {@code AWS_XRAY_DAEMON_ADDRESS}. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /**
     * Every document sent since the last call, in order. A marker datagram is sent last, from here, so "nothing sent"
     * is known for sure: on loopback a datagram is queued when its send returns.
     */
    public List<JsonNode> received() {
        try (DatagramSocket marker = new DatagramSocket()) {
            byte[] bytes = MARKER.getBytes(StandardCharsets.UTF_8);
            marker.send(new DatagramPacket(bytes, bytes.length, socket.getLocalSocketAddress()));
            List<JsonNode> documents = new ArrayList<>();
            while (true) {
                DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
                socket.receive(packet);
                String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                if (datagram.equals(MARKER)) {
                    return documents;
                }
                if (!datagram.startsWith(HEADER)) {
                    throw new AssertionError("not an X-Ray datagram: " + datagram);
                }
                documents.add(JSON.readTree(datagram.substring(HEADER.length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
