package com.mindmusclecoach.observability;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The X-Ray daemon Lambda runs beside the function, at {@code AWS_XRAY_DAEMON_ADDRESS}: each subsegment is one UDP
 * datagram, a header line and the document, as the X-Ray SDKs send them. Sending never blocks the turn and never
 * fails it: a datagram that cannot go is dropped, as UDP would drop it anyway.
 */
public final class XRayDaemon {

    static final String HEADER = "{\"format\": \"json\", \"version\": 1}\n";
    /** The daemon reads datagrams up to 64 KB; a subsegment of ours is a few hundred bytes. */
    static final int MAX_DATAGRAM = 64 * 1024;

    private volatile InetSocketAddress address;
    private volatile DatagramSocket socket;

    XRayDaemon(InetSocketAddress address) {
        this.address = address;
    }

    /**
     * The daemon named by {@code AWS_XRAY_DAEMON_ADDRESS}, {@code host:port} or {@code udp:host:port tcp:host:port}
     * (the form for a daemon whose TCP address differs); empty when it is unset or unreadable.
     */
    public static Optional<XRayDaemon> forEnvironment(Map<String, String> env) {
        String value = env.get("AWS_XRAY_DAEMON_ADDRESS");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String udp = value.strip();
        for (String part : udp.split("\\s+")) {
            if (part.startsWith("udp:")) {
                udp = part.substring(4);
            }
        }
        int colon = udp.lastIndexOf(':');
        if (colon <= 0 || udp.contains(" ")) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(udp.substring(colon + 1));
            return port > 0 && port < 65_536
                    ? Optional.of(new XRayDaemon(InetSocketAddress.createUnresolved(udp.substring(0, colon), port)))
                    : Optional.empty();
        } catch (NumberFormatException notAPort) {
            return Optional.empty();
        }
    }

    /** Port 9 on loopback, the discard port, where nothing listens on Lambda: datagrams sent there go nowhere. */
    static XRayDaemon nowhere() {
        return new XRayDaemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9));
    }

    /** Sends one document (a subsegment's JSON); true when it left this process. */
    boolean send(String document) {
        byte[] datagram = (HEADER + document).getBytes(StandardCharsets.UTF_8);
        if (datagram.length > MAX_DATAGRAM) {
            return false;
        }
        try {
            InetSocketAddress to = address;
            if (to.isUnresolved()) { // once: Lambda's address is an IP, a name is looked up at the first send only
                to = new InetSocketAddress(to.getHostString(), to.getPort());
                if (to.isUnresolved()) {
                    return false;
                }
                address = to;
            }
            socket().send(new DatagramPacket(datagram, datagram.length, to));
            return true;
        } catch (IOException | SecurityException | IllegalArgumentException dropped) {
            return false;
        }
    }

    /** Closes the socket, if one was opened; a later send opens another. */
    synchronized void close() {
        DatagramSocket open = socket;
        socket = null;
        if (open != null) {
            open.close();
        }
    }

    private DatagramSocket socket() throws SocketException {
        DatagramSocket open = socket;
        if (open == null) {
            synchronized (this) {
                open = socket;
                if (open == null) {
                    open = new DatagramSocket();
                    socket = open;
                }
            }
        }
        return open;
    }
}
