package io.buzzline.bots.brain;

import java.time.Duration;

import io.buzzline.bots.protocol.ClientFrame;

/** A frame a brain wants sent after {@code delay} (if it still wants it then). */
public record Planned(ClientFrame frame, Duration delay) {}
