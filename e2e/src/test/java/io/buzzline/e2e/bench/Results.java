package io.buzzline.e2e.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.buzzline.bots.client.Bot;
import io.buzzline.bots.client.BotRecord;
import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.e2e.support.Table;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;

/** The figures of one bench run, taken from what the bots recorded. */
record Results(
        Percentiles buzzVerdict,
        Percentiles buzzAwarded,
        Percentiles fanOut,
        long commandsAcked,
        long commandsAnsweredByEvent,
        long refused,
        long eventsDelivered,
        long reconnects) {

    static Results of(List<Table> tables) {
        List<Double> verdicts = new ArrayList<>();
        List<Double> awards = new ArrayList<>();
        List<Double> fanOuts = new ArrayList<>();
        long acked = 0;
        long answered = 0;
        long refused = 0;
        long delivered = 0;
        long reconnects = 0;
        for (Table table : tables) {
            for (Bot bot : table.all()) {
                BotRecord record = bot.record();
                acked += record.acked().size();
                answered += record.answered().size();
                refused += record.refused().size();
                delivered += record.events().size();
                reconnects += record.drops();
            }
            for (Bot player : table.players()) {
                buzzes(player.record(), verdicts, awards);
            }
            fanOuts(table, fanOuts);
        }
        return new Results(
                Percentiles.of(verdicts),
                Percentiles.of(awards),
                Percentiles.of(fanOuts),
                acked,
                answered,
                refused,
                delivered,
                reconnects);
    }

    /**
     * Buzz → verdict: from the bot sending a buzz to its connection receiving the engine's decision on
     * it (its own BUZZ_PRESSED, or the refusal); buzz → BUZZER_AWARDED adds the fair buzzer's window.
     */
    private static void buzzes(BotRecord record, List<Double> verdicts, List<Double> awards) {
        String me = record.welcomes().getFirst().subject();
        List<EventEnvelope> events = record.events();
        List<Long> arrivals = record.eventNanos();
        for (BotRecord.Sent sent : record.sent()) {
            if (!(sent.frame() instanceof ClientFrame.Buzz buzz)) {
                continue;
            }
            Long verdict = null;
            Long award = null;
            for (int i = 0; i < events.size(); i++) {
                if (arrivals.get(i) < sent.atNanos()) {
                    continue;
                }
                var event = events.get(i).event();
                if (verdict == null
                        && event instanceof BuzzPressed pressed
                        && pressed.playerId().equals(me)
                        && pressed.questionId().equals(buzz.questionId())) {
                    verdict = arrivals.get(i);
                }
                if (award == null
                        && event instanceof BuzzerAwarded awarded
                        && awarded.questionId().equals(buzz.questionId())) {
                    award = arrivals.get(i);
                }
            }
            for (BotRecord.Refused refusal : record.refused()) {
                if (refusal.frameId() != null && refusal.frameId().equals(sent.frameId())) {
                    verdict = verdict == null ? refusal.atNanos() : Math.min(verdict, refusal.atNanos());
                }
            }
            if (verdict != null) {
                verdicts.add((verdict - sent.atNanos()) / 1e6);
            }
            if (award != null) {
                awards.add((award - sent.atNanos()) / 1e6);
            }
        }
    }

    /** Per question: from its server time to the arrival of QUESTION_SHOWN at the last player. */
    private static void fanOuts(Table table, List<Double> fanOuts) {
        for (EventEnvelope shown : table.host().record().events()) {
            if (shown.type() != EventType.QUESTION_SHOWN) {
                continue;
            }
            Instant last = null;
            for (Bot player : table.players()) {
                List<EventEnvelope> events = player.record().events();
                List<Instant> arrivals = player.record().eventArrivals();
                for (int i = 0; i < events.size(); i++) {
                    if (events.get(i).sequence() == shown.sequence()) {
                        last = last == null || arrivals.get(i).isAfter(last) ? arrivals.get(i) : last;
                    }
                }
            }
            if (last != null) {
                fanOuts.add(Duration.between(shown.serverTime(), last).toNanos() / 1e6);
            }
        }
    }

    /** Percentiles in milliseconds over {@code count} samples. */
    record Percentiles(int count, double p50, double p99, double p999, double max) {

        static Percentiles of(List<Double> samples) {
            if (samples.isEmpty()) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            List<Double> sorted = samples.stream().sorted().toList();
            return new Percentiles(
                    sorted.size(), at(sorted, 0.50), at(sorted, 0.99), at(sorted, 0.999), sorted.getLast());
        }

        private static double at(List<Double> sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        String row(String name) {
            return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, count, p50, p99, p999, max);
        }
    }
}
