package io.buzzline.engine.fairness;

/**
 * What one race showed: by how much the truly fastest reaction led the next one, and whether the engine,
 * arrival order and the proposal each picked that player. {@code referenceDisagrees}: the engine's winner
 * differs from the documented rule computed independently. {@code cheaterGainMillis}: how much earlier the
 * cheater's ranking key was than with honest pongs (0 without a cheater).
 */
public record RaceRecord(
        long leadMillis,
        boolean engineRight,
        boolean arrivalRight,
        boolean proposalRight,
        boolean referenceDisagrees,
        long cheaterGainMillis) {}
