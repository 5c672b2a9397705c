package io.buzzline.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.e2e.support.PlatformExtension;
import io.buzzline.e2e.support.RunningPlatform;
import io.buzzline.e2e.support.Table;
import io.buzzline.e2e.support.TraceReceiver.ReceivedSpan;
import io.buzzline.events.RoundMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25's trace test: a buzz pressed on a gateway is one trace through the command stream, match's
 * append, the events stream into scoring and the live message back to the gateway that routes the result to
 * its players, each hop a child of the one before. The shared platform's services export to the run's
 * {@link io.buzzline.e2e.support.TraceReceiver}.
 */
@ExtendWith(PlatformExtension.class)
class TracesIT {

    private static final Duration GAME_TIMEOUT = Duration.ofSeconds(90);
    /** Spans leave a service every 100 ms in this run; this bounds the wait for the last batches. */
    private static final Duration EXPORTED = Duration.ofSeconds(20);

    private static final BotTraits BUZZERS = new BotTraits(0.7, Duration.ofMillis(200), Duration.ofMillis(900), 1.0);

    /** OTLP's span kinds (trace.proto). */
    private static final int SERVER = 2;

    private static final int PRODUCER = 4;
    private static final int CONSUMER = 5;

    private static final String GATEWAY = "buzzline-gateway";
    private static final String MATCH = "buzzline-match";
    private static final String SCORING = "buzzline-scoring";

    @Test
    void oneBuzzIsOneTraceFromTheGatewayThroughMatchToScoringAndBack(RunningPlatform running) throws Exception {
        String gameId;
        try (Table table = Table.play(
                running.platform(),
                GameSpec.of(RoundMode.BUZZER, 2, 10, List.of(RunningPlatform.CATEGORY)),
                2,
                BUZZERS,
                25)) {
            table.awaitEnd(GAME_TIMEOUT);
            gameId = table.gameId();
        }
        String game = gameId;

        // Every buzz reached match in its trace: the gateway's command span, its XADD, match's consumer span.
        await().atMost(EXPORTED).untilAsserted(() -> {
            List<ReceivedSpan> spans = running.traces().spans();
            List<ReceivedSpan> buzzes = buzzes(spans, game);
            assertThat(buzzes).as("buzz command spans of game %s", game).isNotEmpty();
            for (ReceivedSpan buzz : buzzes) {
                ReceivedSpan sent = child(spans, buzz, s -> s.service().equals(GATEWAY) && s.kind() == PRODUCER)
                        .orElseThrow(() -> new AssertionError("no XADD span under " + buzz));
                assertThat(child(spans, sent, s -> s.service().equals(MATCH) && s.kind() == CONSUMER))
                        .as("match's consumer span of the buzz %s", buzz.attribute("buzzline.command.id"))
                        .isPresent();
            }
        });

        // And at least one (buzzes appended together continue the first one's trace, the others are linked)
        // goes on: match's append, its events entry consumed by scoring, its live message routed by a gateway.
        await().atMost(EXPORTED).untilAsserted(() -> {
            List<ReceivedSpan> spans = running.traces().spans();
            List<String> found = buzzes(spans, game).stream()
                    .map(buzz -> wholeTrace(spans, buzz))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no buzz of game " + game + " traced through match's "
                            + "append to scoring and back to a gateway; spans of its buzzes' traces: "
                            + describe(spans, buzzes(spans, game))));
            RunningPlatform.report("## traces: one buzz of game " + game);
            found.forEach(line -> RunningPlatform.report("- " + line));
        });
    }

    /** The hops of the buzz's trace, each the child of the one before, or empty if one is missing. */
    private static Optional<List<String>> wholeTrace(List<ReceivedSpan> spans, ReceivedSpan buzz) {
        Optional<ReceivedSpan> sent = child(spans, buzz, s -> s.service().equals(GATEWAY) && s.kind() == PRODUCER);
        Optional<ReceivedSpan> consumed =
                sent.flatMap(s -> child(spans, s, c -> c.service().equals(MATCH) && c.kind() == CONSUMER));
        // Every match instance consumes every command (a group each); only the owner's span has the append.
        Optional<ReceivedSpan> append = sent.stream()
                .flatMap(s -> spans.stream()
                        .filter(c -> c.service().equals(MATCH) && c.kind() == CONSUMER)
                        .filter(c -> c.parentSpanId().equals(s.spanId())))
                .flatMap(c -> child(spans, c, a -> a.name().equals("append events")).stream())
                .findFirst();
        Optional<ReceivedSpan> fed = append.flatMap(a -> spans.stream()
                .filter(p -> p.service().equals(MATCH) && p.kind() == PRODUCER)
                .filter(p -> p.parentSpanId().equals(a.spanId()))
                .filter(p -> child(spans, p, c -> c.service().equals(SCORING)).isPresent())
                .findFirst());
        Optional<ReceivedSpan> scored =
                fed.flatMap(p -> child(spans, p, c -> c.service().equals(SCORING) && c.kind() == CONSUMER));
        Optional<ReceivedSpan> routed = append.flatMap(a ->
                child(spans, a, r -> r.service().equals(GATEWAY) && r.name().equals("route events")));
        if (consumed.isEmpty() || append.isEmpty() || scored.isEmpty() || routed.isEmpty()) {
            return Optional.empty();
        }
        assertThat(List.of(sent.get(), consumed.get(), append.get(), fed.get(), scored.get(), routed.get()))
                .allSatisfy(span -> assertThat(span.traceId()).isEqualTo(buzz.traceId()));
        return Optional.of(List.of(
                line(buzz),
                line(sent.get()),
                line(consumed.get()),
                line(append.get()),
                line(fed.get()),
                line(scored.get()),
                line(routed.get())));
    }

    private static List<ReceivedSpan> buzzes(List<ReceivedSpan> spans, String gameId) {
        return spans.stream()
                .filter(s -> s.service().equals(GATEWAY) && s.kind() == SERVER)
                .filter(s -> s.name().equals("command PRESS_BUZZ"))
                .filter(s -> gameId.equals(s.attribute("buzzline.game.id")))
                .toList();
    }

    private static Optional<ReceivedSpan> child(
            List<ReceivedSpan> spans, ReceivedSpan parent, Predicate<ReceivedSpan> which) {
        return spans.stream()
                .filter(s ->
                        s.traceId().equals(parent.traceId()) && s.parentSpanId().equals(parent.spanId()))
                .filter(which)
                .findFirst();
    }

    private static String describe(List<ReceivedSpan> spans, List<ReceivedSpan> buzzes) {
        return buzzes.stream()
                .map(buzz -> spans.stream()
                        .filter(s -> s.traceId().equals(buzz.traceId()))
                        .map(TracesIT::line)
                        .toList()
                        .toString())
                .toList()
                .toString();
    }

    private static String line(ReceivedSpan span) {
        return span.service() + " '" + span.name() + "' span " + span.spanId() + " parent " + span.parentSpanId()
                + " trace " + span.traceId();
    }
}
