package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.events.json.EventCodec;
import io.buzzline.scoring.support.GameLog;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A score another scoring instance took from the stream and died with: it stays pending in the
 * group, and this instance claims and tallies it once it has been idle long enough.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadConsumerTest {

    /** XADDs an entry and hands it to consumer {@code dead} of group scoring in one atomic step. */
    private static final String DELIVER_TO_DEAD_CONSUMER = """
            redis.call('XADD', KEYS[1], '*', 'payload', ARGV[1], 'content-type', 'text/plain', 'message-id', ARGV[2])
            return redis.call('XREADGROUP', 'GROUP', 'scoring', 'dead', 'COUNT', 1, 'STREAMS', KEYS[1], '>')
            """;

    @InjectRedis
    RedisTarget redis;

    private MatchStreams match;

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    @Test
    void aScoreLeftPendingByADeadInstanceIsTalliedByAnother() {
        GameLog game = new GameLog("dead-consumer");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(1, 400, 0)),
                game.joined("p1"),
                game.roundStarted(RoundMode.BUZZER, 1),
                game.shown());
        EventEnvelope right = game.answered("p1", RoundMode.BUZZER, 1_200, true);
        match.publish(right, game.revealed());
        EventEnvelope answer = game.scored(right, 400, 400, "BUZZER_CORRECT", 0);

        match.redis()
                .send(
                        Command.EVAL,
                        DELIVER_TO_DEAD_CONSUMER,
                        1,
                        match.feed(answer.gameId()),
                        new EventCodec().encode(answer),
                        answer.eventId());

        await().atMost(Duration.ofSeconds(20)).until(() -> match.appliedUpTo(game.gameId()) == answer.sequence());
        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 400L));
    }
}
