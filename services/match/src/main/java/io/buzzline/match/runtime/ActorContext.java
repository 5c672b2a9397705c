package io.buzzline.match.runtime;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.buzzline.match.client.QuestionPacks;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.feed.EventFeed;
import io.buzzline.match.log.EventLog;
import io.buzzline.match.log.SnapshotStore;
import io.buzzline.match.ownership.LeaseStore;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.refusals.RejectionReporter;
import io.buzzline.match.timers.TimerService;
import io.buzzline.match.tracing.MatchTraces;

/** What every game actor works with, injected once. */
@Singleton
public record ActorContext(
        MatchKeys keys,
        EventLog log,
        SnapshotStore snapshots,
        LeaseStore leases,
        TimerService timers,
        EventFeed feed,
        RejectionReporter rejections,
        QuestionPacks packs,
        Clock clock,
        MatchConfig config,
        MatchTraces traces,
        CommandDelays delays) {}
