package io.buzzline.gateway.fanout;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.json.EventCodec;
import io.buzzline.gateway.aggregate.AggregateSettings;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.resume.Append;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.view.GameView.StandingView;
import io.buzzline.testing.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One game's feed without I/O: in-order events are routed to exactly the connections their visibility
 * allows, and the aggregates (ticks, standings after a reveal's batch of points) are built once and
 * sent per role.
 */
class GameFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final EventCodec codec = new EventCodec();
    private final MovableClock clock = new MovableClock(T0);
    private final GameFeed feed = new GameFeed(
            "g", null, new AggregateSettings(gatewayConfig(), clock).create(), FeedLatencies.unobserved(clock));
    private final Recorder host = attach(new Identity("h", Role.HOST, "g", "Host"));
    private final Recorder ada = attach(new Identity("p1", Role.PLAYER, "g", "Ada"));
    private final Recorder bob = attach(new Identity("p2", Role.PLAYER, "g", "Bob"));
    private final Recorder watcher = attach(new Identity("w", Role.SPECTATOR, "g", "Watcher"));
    private long sequence;

    @Test
    void eachEventReachesExactlyTheConnectionsItsVisibilityAllows() {
        questionOpen();
        offer(new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true));

        assertThat(host.types()).containsExactly("GAME_CREATED", "ROUND_STARTED", "QUESTION_SHOWN");
        assertThat(ada.types()).containsExactly("GAME_CREATED", "PLAYER_JOINED", "ROUND_STARTED", "QUESTION_SHOWN");
        assertThat(ada.events.get(1).envelope().event()).isEqualTo(new PlayerJoined("p1", "Ada", null));
        assertThat(bob.events.get(1).envelope().event()).isEqualTo(new PlayerJoined("p2", "Bob", null));
        assertThat(watcher.types()).containsExactly("GAME_CREATED", "ROUND_STARTED", "QUESTION_SHOWN");
    }

    @Test
    void theStandingsFollowTheRevealsBatchOfPointsOnceSharedWithEachPlayersOwnLine() {
        questionOpen();
        offer(new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true));
        offer(new AnswerSubmitted("p2", "q1", "A", 1200, RoundMode.CLASSIC, false));
        offer(new AnswerSubmitted("p3", "q1", "B", 1500, RoundMode.CLASSIC, true));
        offer(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.ANSWERED));
        offer(new ScoreUpdated("p1", "g:7", 950, 950, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));
        offer(new ScoreUpdated("p2", "g:8", 0, 0, ScoreUpdated.Reason.CLASSIC_WRONG, 0));
        assertThat(ada.frames("standings"))
                .as("not before the batch is complete")
                .isEmpty();
        offer(new ScoreUpdated("p3", "g:9", 800, 800, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));

        JsonNode mine = ada.frames("standings").getFirst();
        assertThat(mine.path("questionId").asText()).isEqualTo("q1");
        assertThat(mine.path("answeredCount").asInt()).isEqualTo(3);
        assertThat(mine.path("top"))
                .extracting(s -> s.path("nickname").asText())
                .containsExactly("Ada", "Cy", "Bob");
        assertThat(mine.path("me").path("rank").asInt()).isEqualTo(1);
        assertThat(mine.path("me").path("total").asLong()).isEqualTo(950);
        assertThat(mine.path("me").path("points").asInt()).isEqualTo(950);
        assertThat(mine.path("me").path("streak").asInt()).isEqualTo(1);
        assertThat(mine.has("distribution")).isFalse();
        JsonNode bobs = bob.frames("standings").getFirst();
        assertThat(bobs.path("me").path("rank").asInt()).isEqualTo(3);
        assertThat(bobs.path("me").path("points").asInt()).isZero();
        assertThat(bobs.path("me").path("streak").asInt()).isZero();
        assertThat(bobs.path("top")).isEqualTo(mine.path("top"));
        // Its own score arrived before the standings that count it.
        assertThat(ada.order.indexOf("SCORE_UPDATED")).isLessThan(ada.order.indexOf("standings"));

        JsonNode hosts = host.frames("standings").getFirst();
        assertThat(hosts.has("me")).isFalse();
        assertThat(hosts.path("distribution").path("B").asInt()).isEqualTo(2);
        assertThat(hosts.path("distribution").path("A").asInt()).isEqualTo(1);
        assertThat(hosts.path("distribution").path("C").asInt()).isZero();
        JsonNode watchers = watcher.frames("standings").getFirst();
        assertThat(watchers.has("me")).isFalse();
        assertThat(watchers.has("distribution")).isFalse();
        assertThat(List.of(host, ada, bob, watcher))
                .allSatisfy(r -> assertThat(r.frames("standings")).hasSize(1));
    }

    @Test
    void anAppendReachesEachConnectionAsOneFrameWithItsOwnEventsAndItsStandingsComeRightAfter() {
        questionOpen();
        offer(new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true));
        offer(new AnswerSubmitted("p2", "q1", "A", 1200, RoundMode.CLASSIC, false));
        offerAppend(
                new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.ANSWERED),
                new ScoreUpdated("p1", "g:9", 950, 950, ScoreUpdated.Reason.CLASSIC_CORRECT, 1),
                new ScoreUpdated("p2", "g:10", 0, 0, ScoreUpdated.Reason.CLASSIC_WRONG, 0),
                new RoundEnded(1));

        Append adas = ada.appends.getFirst();
        assertThat(ada.appends).hasSize(1);
        assertThat(adas.events())
                .extracting(e -> e.envelope().type().name())
                .containsExactly("ANSWER_REVEALED", "SCORE_UPDATED", "ROUND_ENDED");
        JsonNode frame = json(adas.frame());
        assertThat(frame.path("type").asText()).isEqualTo("events");
        assertThat(frame.path("sequence").asLong()).isEqualTo(sequence);
        assertThat(frame.path("events"))
                .extracting(e -> e.path("sequence").asLong())
                .containsExactly(sequence - 3, sequence - 2, sequence);
        assertThat(frame.path("events").get(1).path("data").path("playerId").asText())
                .isEqualTo("p1");
        assertThat(json(bob.appends.getFirst().frame())
                        .path("events")
                        .get(1)
                        .path("data")
                        .path("playerId")
                        .asText())
                .isEqualTo("p2");
        // Those without events of their own in it share one frame, built once.
        assertThat(host.appends).singleElement().satisfies(a -> assertThat(a.events())
                .extracting(e -> e.envelope().type().name())
                .containsExactly("ANSWER_REVEALED", "ROUND_ENDED"));
        assertThat(watcher.appends.getFirst().frame())
                .isSameAs(host.appends.getFirst().frame());
        // The reveal's points came with it: its standings follow at once, after the frame that carries them.
        assertThat(List.of(host, ada, bob, watcher)).allSatisfy(r -> {
            assertThat(r.frames("standings")).hasSize(1);
            assertThat(r.order.indexOf("append")).isLessThan(r.order.indexOf("standings"));
        });
        assertThat(ada.frames("standings").getFirst().path("me").path("points").asInt())
                .isEqualTo(950);
    }

    @Test
    void anAppendWithOneVisibleEventIsRoutedAsThatEventAndOneAfterAGapWaitsForIt() {
        questionOpen();
        offerAppend(
                new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true),
                new AnswerSubmitted("p2", "q1", "A", 900, RoundMode.CLASSIC, false));
        assertThat(List.of(host, ada, bob, watcher))
                .allSatisfy(r -> assertThat(r.appends).isEmpty());

        offerAppend(new BuzzPressed("p1", "q1", T0, 0), new PlayerJoined("p4", "Dee", null));
        assertThat(ada.appends).isEmpty();
        assertThat(ada.types()).endsWith("BUZZ_PRESSED");
        assertThat(bob.types()).doesNotContain("BUZZ_PRESSED");
    }

    @Test
    void theHostsPagesFollowTheGameNotOnlyTheReveals() {
        questionOpen();
        offer(new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true));
        offer(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.TIME_UP));
        offer(new ScoreUpdated("p1", "g:8", 950, 950, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));
        offer(new PlayerJoined("p4", "Dee", null));

        ServerFrame.Page first = feed.board("b1", 0, 2);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.sequence()).isEqualTo(sequence);
        assertThat(first.standings()).extracting(StandingView::nickname).containsExactly("Ada", "Bob");
        assertThat(feed.board("b2", 2, 100).standings())
                .extracting(StandingView::nickname)
                .containsExactly("Cy", "Dee");
        assertThat(feed.board("b3", 10, 5).standings()).isEmpty();
    }

    @Test
    void ticksAreCoalescedPerRoleAndTheCrowdGetsOnePerOpenQuestion() {
        questionOpen();
        feed.tick();
        // The joins: one tick each for hosts and the crowd (the crowd's one for this open question).
        int hostTicks = host.frames("tick").size();
        int crowdTicks = ada.frames("tick").size();
        assertThat(hostTicks).isEqualTo(1);
        assertThat(crowdTicks).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(3));
            feed.tick();
        }
        assertThat(host.frames("tick")).as("nothing changed").hasSize(hostTicks);
        assertThat(ada.frames("tick")).hasSize(crowdTicks);

        offer(new AnswerSubmitted("p1", "q1", "B", 900, RoundMode.CLASSIC, true));
        clock.advance(Duration.ofSeconds(3));
        feed.tick();
        offer(new AnswerSubmitted("p2", "q1", "A", 1200, RoundMode.CLASSIC, false));
        clock.advance(Duration.ofSeconds(3));
        feed.tick();
        assertThat(host.frames("tick")).hasSize(hostTicks + 2);
        assertThat(host.frames("tick").getLast().path("answeredCount").asInt()).isEqualTo(2);
        assertThat(ada.frames("tick")).as("one per open question").hasSize(crowdTicks);
        assertThat(ada.frames("tick").getLast().path("latestJoined"))
                .extracting(JsonNode::asText)
                .containsExactly("Ada", "Bob", "Cy");
        assertThat(watcher.frames("tick")).hasSize(ada.frames("tick").size());
    }

    @Test
    void latenciesCountLiveQuestionsAndOnlyTheBuzzesOfPlayersConnectedHere() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Question q1 = new Question("q1", "Question 1?", List.of("A", "B", "C"), "B");
        // The game began a minute before this gateway opened its feed: that history is no latency.
        clock.advance(Duration.ofMinutes(1));
        GameFeed measured = new GameFeed(
                "g", null, new AggregateSettings(gatewayConfig(), clock).create(), new FeedLatencies(registry, clock));
        Recorder player = new Recorder(new Identity("p1", Role.PLAYER, "g", "Ada"));
        measured.expect(player.connectionId());
        measured.attach(player);
        long seq = 0;
        for (GameEvent past : List.of(
                new GameCreated("h", GameDriver.settings(RoundMode.BUZZER, 1, Duration.ofSeconds(20))),
                new QuestionsLoaded(new QuestionPack("pack-1", List.of(q1))),
                new PlayerJoined("p1", "Ada", null),
                new PlayerJoined("p2", "Bob", null),
                new RoundStarted(1, RoundMode.BUZZER, 1))) {
            offerAt(measured, ++seq, T0, past);
        }

        Instant shownAt = clock.instant();
        clock.advance(Duration.ofMillis(120));
        offerAt(
                measured,
                ++seq,
                shownAt,
                new QuestionShown(1, 1, "q1", "Question 1?", q1.choices(), shownAt, shownAt.plusSeconds(20)));
        Instant received = clock.instant();
        clock.advance(Duration.ofMillis(30));
        offerAt(measured, ++seq, clock.instant(), new BuzzPressed("p1", "q1", received, 0));
        // Bob is connected to another gateway: his buzz is measured there.
        offerAt(measured, ++seq, clock.instant(), new BuzzPressed("p2", "q1", received, 0));

        Timer question = registry.get(FeedLatencies.QUESTION_FANOUT).timer();
        Timer buzz = registry.get(FeedLatencies.BUZZ_VERDICT).timer();
        assertThat(question.count()).isEqualTo(1);
        assertThat(question.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(120);
        assertThat(buzz.count()).isEqualTo(1);
        assertThat(buzz.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(30);
        assertThat(player.types()).contains("QUESTION_SHOWN", "BUZZ_PRESSED");
    }

    private void offerAt(GameFeed target, long seq, Instant serverTime, GameEvent event) {
        EventEnvelope envelope = EventEnvelope.of("g", seq, serverTime, event);
        target.offer(LoggedEvent.of(envelope, codec.encode(envelope)));
    }

    private void questionOpen() {
        Question q1 = new Question("q1", "Question 1?", List.of("A", "B", "C"), "B");
        offer(new GameCreated("h", GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(20))));
        offer(new QuestionsLoaded(new QuestionPack("pack-1", List.of(q1))));
        offer(new PlayerJoined("p1", "Ada", null));
        offer(new PlayerJoined("p2", "Bob", null));
        offer(new PlayerJoined("p3", "Cy", null));
        offer(new RoundStarted(1, RoundMode.CLASSIC, 1));
        offer(new QuestionShown(1, 1, "q1", "Question 1?", q1.choices(), T0, T0.plusSeconds(20)));
    }

    private void offer(GameEvent event) {
        EventEnvelope envelope = EventEnvelope.of("g", ++sequence, T0, event);
        feed.offer(LoggedEvent.of(envelope, codec.encode(envelope)));
    }

    /** The events of one append, offered as the live channel delivers them. */
    private void offerAppend(GameEvent... events) {
        List<LoggedEvent> append = new ArrayList<>();
        for (GameEvent event : events) {
            EventEnvelope envelope = EventEnvelope.of("g", ++sequence, T0, event);
            append.add(LoggedEvent.of(envelope, codec.encode(envelope)));
        }
        feed.offerAppend(append);
    }

    private static JsonNode json(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Recorder attach(Identity who) {
        Recorder recorder = new Recorder(who);
        feed.expect(recorder.connectionId());
        feed.attach(recorder);
        return recorder;
    }

    /** The gateway's settings as far as aggregates go (the only part a feed reads). */
    private static GatewayConfig gatewayConfig() {
        return (GatewayConfig) Proxy.newProxyInstance(
                GatewayConfig.class.getClassLoader(), new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("aggregates")) {
                        return aggregates();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static GatewayConfig.Aggregates aggregates() {
        return new GatewayConfig.Aggregates() {
            @Override
            public Duration hostTickInterval() {
                return Duration.ofMillis(250);
            }

            @Override
            public Duration playerTickInterval() {
                return Duration.ofSeconds(2);
            }

            @Override
            public int playerTicksPerQuestion() {
                return 1;
            }

            @Override
            public int latestJoined() {
                return 5;
            }

            @Override
            public int firstBuzzes() {
                return 5;
            }

            @Override
            public int standingsTop() {
                return 10;
            }

            @Override
            public int boardPageMax() {
                return 100;
            }
        };
    }

    /** A connection that records what the feed hands it. */
    private static final class Recorder implements Subscriber {

        private final Identity who;
        private final List<LoggedEvent> events = new ArrayList<>();
        private final List<Append> appends = new ArrayList<>();
        private final List<JsonNode> aggregates = new ArrayList<>();
        private final List<String> order = new ArrayList<>();

        Recorder(Identity who) {
            this.who = who;
        }

        List<String> types() {
            return events.stream().map(e -> e.envelope().type().name()).toList();
        }

        List<JsonNode> frames(String type) {
            return aggregates.stream()
                    .filter(f -> type.equals(f.path("type").asText()))
                    .toList();
        }

        @Override
        public String connectionId() {
            return "c-" + who.subject();
        }

        @Override
        public Identity identity() {
            return who;
        }

        @Override
        public void event(LoggedEvent event) {
            events.add(event);
            order.add(event.envelope().type().name());
        }

        @Override
        public void append(Append append) {
            appends.add(append);
            append.events().forEach(this::event);
            order.add("append");
        }

        @Override
        public void aggregate(String frame) {
            try {
                JsonNode node = JSON.readTree(frame);
                aggregates.add(node);
                order.add(node.path("type").asText());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void rejected(String commandId, String code, String message) {}

        @Override
        public void failed() {}
    }
}
