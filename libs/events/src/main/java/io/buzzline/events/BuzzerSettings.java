package io.buzzline.events;

import java.time.Duration;

import static io.buzzline.events.Require.nonNull;

/**
 * The fair buzzer's two parameters, fixed in the game's settings so that replay never depends on
 * the engine build: how long buzzes are collected after the first one, and the largest one-way
 * latency credit a buzz can get. See the engine README for the rule and its fairness bound.
 */
public record BuzzerSettings(Duration collectionWindow, Duration oneWayCap) {

    /**
     * 150 ms cap (round trips up to 300 ms are compensated in full) and a 300 ms window, twice the
     * cap, so a buzz delayed by the full credit both ways is still collected.
     */
    public static final BuzzerSettings DEFAULT = new BuzzerSettings(Duration.ofMillis(300), Duration.ofMillis(150));

    public BuzzerSettings {
        nonNull(collectionWindow, "collectionWindow");
        nonNull(oneWayCap, "oneWayCap");
        if (collectionWindow.isNegative() || collectionWindow.isZero()) {
            throw new IllegalArgumentException("collectionWindow: must be positive, was " + collectionWindow);
        }
        if (oneWayCap.isNegative()) {
            throw new IllegalArgumentException("oneWayCap: must not be negative, was " + oneWayCap);
        }
    }
}
