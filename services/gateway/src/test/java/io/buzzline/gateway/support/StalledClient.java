package io.buzzline.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A real WebSocket client over a raw TCP socket that completes the upgrade, sends its frames, and then
 * does not read: the kernel's buffers fill and the server's writes stall, as with a phone on a dead link.
 * {@link #readAll} reads what arrived afterwards, up to the server's close frame.
 */
public final class StalledClient implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** What the stalled client finally read: text frames in order, then the close frame (code -1: none). */
    public record Received(List<String> texts, int closeCode, String closeReason) {}

    private StalledClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Upgrades to a WebSocket at {@code uri} with a receive buffer of {@code receiveBufferBytes}. */
    public static StalledClient open(URI uri, int receiveBufferBytes) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(receiveBufferBytes);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
            StalledClient client = new StalledClient(socket);
            client.upgrade(uri);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upgrade(URI uri) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String request = "GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed during the upgrade: " + head);
            }
            head.write(b);
        }
        String status =
                head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        if (!status.contains(" 101 ")) {
            throw new IOException("the upgrade was refused: " + status);
        }
    }

    /** Sends one masked text frame, as a client must. */
    public void sendText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts reading at last: every frame until the server's close frame, the end of the stream or {@code timeout}. */
    public Received readAll(Duration timeout) {
        List<String> texts = new ArrayList<>();
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            DataInputStream data = new DataInputStream(in);
            while (true) {
                int first = data.readUnsignedByte();
                int second = data.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = data.readUnsignedShort();
                } else if (length == 127) {
                    length = data.readLong();
                }
                byte[] payload = new byte[(int) length];
                data.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == 0x1) {
                    texts.add(new String(payload, StandardCharsets.UTF_8));
                } else if (opcode == 0x8) {
                    int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                            : "";
                    return new Received(texts, code, reason);
                }
            }
        } catch (EOFException | SocketTimeoutException e) {
            return new Received(texts, -1, e.toString());
        } catch (IOException e) {
            return new Received(texts, -1, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
