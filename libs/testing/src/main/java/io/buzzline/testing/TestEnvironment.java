package io.buzzline.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.UUID;

/**
 * Where the test infrastructure is (the same variables {@code scripts/stack} prints) and the ids that
 * keep concurrent test runs apart.
 */
public final class TestEnvironment {

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestEnvironment() {}

    /** Reads an environment variable, then a system property of the same name, then the default. */
    public static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /** A short, lower-case id unique to one test resource instance, usable in keys, schemas and project ids. */
    public static String uniqueId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /**
     * A TCP port that was free a moment ago on loopback, and never one this JVM handed out before: the
     * kernel may give the same ephemeral port to two probes in a row, and a service given it for both its
     * HTTP and its management server (or two processes started side by side) bound both to it (seen).
     */
    public static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free loopback port", e);
            }
        }
    }

    /**
     * A free loopback port whose companion {@code port + offset} is free too (a Redis Cluster node listens
     * on its port and on its cluster bus at port + 10,000), drawn from {@code [from, to)}.
     */
    public static int freePortPair(int offset, int from, int to) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = from + random.nextInt(to - from);
            if (HANDED_OUT.contains(port) || HANDED_OUT.contains(port + offset)) {
                continue;
            }
            if (bindable(port) && bindable(port + offset) && HANDED_OUT.add(port)) {
                HANDED_OUT.add(port + offset);
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port pair in [" + from + ", " + to + ")");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts TCP connections at host:port within half a second. */
    public static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
