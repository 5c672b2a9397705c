package io.buzzline.redis.streams.incoming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

import io.buzzline.redis.streams.redis.AutoClaimPage;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.redis.StreamEntry;

/**
 * Fetches the next batch for one consumer, in this order of priority: its own nacked entries that are
 * due for a retry (XCLAIM), entries a dead consumer left idle (XAUTOCLAIM, every
 * {@code claim-interval-ms}), then new entries (XREADGROUP BLOCK on a connection of its own, since a
 * blocked connection cannot carry other commands). Called again only once the previous batch was
 * taken downstream, which is the back-pressure.
 */
final class StreamPoller {

    private static final String CURSOR_START = "0-0";
    private static final Duration STALL_MARGIN = Duration.ofSeconds(3);

    private final IncomingRuntime runtime;
    private final IncomingSettings settings;
    private final StreamCommands commands;
    private final PipelinedConnection reader;
    private String claimCursor = CURSOR_START;
    private long nextClaimNanos = System.nanoTime();

    StreamPoller(IncomingRuntime runtime, PipelinedConnection reader) {
        this.runtime = runtime;
        this.settings = runtime.settings();
        this.commands = runtime.commands();
        this.reader = reader;
    }

    Uni<List<Delivery>> next() {
        long now = System.nanoTime();
        List<InFlight.Retry> due = runtime.inFlight().due(now, settings.batchSize());
        if (!due.isEmpty()) {
            return retry(due);
        }
        if (now - nextClaimNanos >= 0) {
            nextClaimNanos = now + settings.claimInterval().toNanos();
            return claimIdle()
                    .onItem()
                    .transformToUni(claimed ->
                            claimed.isEmpty() ? readNew() : Uni.createFrom().item(claimed));
        }
        return readNew();
    }

    private Uni<List<Delivery>> retry(List<InFlight.Retry> due) {
        Map<String, Integer> deliveries = new java.util.HashMap<>();
        due.forEach(retry -> deliveries.put(retry.entryId(), retry.deliveries()));
        List<String> ids = due.stream().map(InFlight.Retry::entryId).toList();
        // Min idle = the retry delay: if another consumer claimed the entry meanwhile, it is theirs now.
        return commands.xclaim(settings.stream(), settings.group(), settings.consumer(), settings.retryDelay(), ids)
                .map(entries -> {
                    // Entries not returned were trimmed away or taken over: forget them.
                    ids.forEach(id -> {
                        if (entries.stream().noneMatch(e -> e.id().equals(id))) {
                            runtime.inFlight().settled(id);
                        }
                    });
                    return entries.stream()
                            .map(e -> new Delivery(e, deliveries.get(e.id()) + 1))
                            .toList();
                });
    }

    private Uni<List<Delivery>> claimIdle() {
        return commands.xautoclaim(
                        settings.stream(),
                        settings.group(),
                        settings.consumer(),
                        settings.claimMinIdle(),
                        claimCursor,
                        settings.batchSize())
                .onItem()
                .transformToUni(this::withDeliveryCounts);
    }

    private Uni<List<Delivery>> withDeliveryCounts(AutoClaimPage page) {
        claimCursor = page.nextCursor();
        // Our own entries still being processed (slow, not dead) are not handed out twice.
        List<StreamEntry> claimed = page.entries().stream()
                .filter(entry -> !runtime.inFlight().owns(entry.id()))
                .toList();
        if (claimed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Delivery>> lookups = new ArrayList<>();
        for (StreamEntry entry : claimed) {
            lookups.add(commands.deliveryCounts(
                            settings.stream(), settings.group(), settings.consumer(), entry.id(), entry.id(), 1)
                    .map(counts -> new Delivery(entry, counts.getOrDefault(entry.id(), 2))));
        }
        return Uni.join().all(lookups).andFailFast();
    }

    private Uni<List<Delivery>> readNew() {
        Duration block = settings.block();
        long now = System.nanoTime();
        // Wake up in time for the next retry or claim instead of sleeping a whole BLOCK period.
        long wakeNanos =
                Math.min(nextClaimNanos, runtime.inFlight().nextDueNanos().orElse(Long.MAX_VALUE));
        if (wakeNanos != Long.MAX_VALUE) {
            Duration untilWake = Duration.ofNanos(Math.max(0, wakeNanos - now));
            block = untilWake.compareTo(block) < 0 ? untilWake : block;
        }
        // A blocked read that outlives its BLOCK time by far sits on a dead connection (Redis killed).
        return reader.send(
                        StreamCommands.readNewRequest(
                                settings.stream(), settings.group(), settings.consumer(), settings.batchSize(), block),
                        block.plus(STALL_MARGIN))
                .map(reply -> StreamCommands.entriesOf(reply).stream()
                        .map(entry -> new Delivery(entry, 1))
                        .toList());
    }

    /** The stream or the group vanished (deleted, or Redis restarted without persistence). */
    static boolean isNoGroup(Throwable failure) {
        return String.valueOf(failure.getMessage()).startsWith("NOGROUP");
    }
}
