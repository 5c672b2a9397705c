package io.buzzline.gateway.ws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct write path: a text frame goes into the pipeline from Vert.x's handler, a fan-out's one text
 * is encoded once and shared by every write, each callback runs once the write is done, and a text too
 * long for one frame goes through the fallback (Vert.x splits it).
 */
class ChannelWriterTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final ChannelHandlerContext vertx;
    private final List<String> fallenBack = new ArrayList<>();
    private final FrameWriter fallback = (text, written, failed) -> {
        fallenBack.add(text);
        written.run();
    };

    ChannelWriterTest() {
        channel.pipeline().addLast("vertx", new ChannelInboundHandlerAdapter());
        vertx = channel.pipeline().context("vertx");
    }

    @Test
    void aFanOutsTextIsEncodedOnceAndEveryWriteIsAFrameOfItsBytes() {
        String frame = "{\"type\":\"event\",\"sequence\":7,\"event\":{\"text\":\"Qu’est-ce que c’est ?\"}}";
        AtomicInteger written = new AtomicInteger();
        ChannelWriter first = new ChannelWriter(vertx, fallback);
        ChannelWriter second = new ChannelWriter(vertx, fallback);

        first.write(frame, written::incrementAndGet, () -> {});
        second.write(frame, written::incrementAndGet, () -> {});
        channel.runPendingTasks();

        TextWebSocketFrame a = channel.readOutbound();
        TextWebSocketFrame b = channel.readOutbound();
        assertThat(a.text()).isEqualTo(frame);
        assertThat(b.text()).isEqualTo(frame);
        assertThat(a.content().array())
                .as("the same bytes, not a copy each")
                .isSameAs(b.content().array());
        assertThat(a.content().readableBytes()).isEqualTo(frame.getBytes(StandardCharsets.UTF_8).length);
        assertThat(written).hasValue(2);
        assertThat(fallenBack).isEmpty();
        a.release();
        b.release();
        assertThat(new ChannelWriterTest().write(frame))
                .as("still readable after every write released it")
                .isEqualTo(frame);
    }

    @Test
    void aTextTooLongForOneFrameGoesThroughTheFallback() {
        String huge = "x".repeat(ChannelWriter.LARGEST_DIRECT + 1);
        AtomicInteger written = new AtomicInteger();

        new ChannelWriter(vertx, fallback).write(huge, written::incrementAndGet, () -> {});

        assertThat(fallenBack).containsExactly(huge);
        assertThat(written).hasValue(1);
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void aWriteOnAClosedChannelReportsFailure() {
        AtomicInteger failed = new AtomicInteger();
        channel.close();

        new ChannelWriter(vertx, fallback).write("{}", () -> {}, failed::incrementAndGet);
        channel.runPendingTasks();

        assertThat(failed).hasValue(1);
    }

    private String write(String text) {
        new ChannelWriter(vertx, fallback).write(text, () -> {}, () -> {});
        TextWebSocketFrame frame = channel.readOutbound();
        String written = frame.text();
        frame.release();
        return written;
    }
}
