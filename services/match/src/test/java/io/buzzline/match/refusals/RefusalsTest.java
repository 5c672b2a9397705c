package io.buzzline.match.refusals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.CommandRefusal;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.match.support.ChannelListener;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crowd's refused commands reach the gateways as a few messages on the game's rejection channel, each
 * refusal exactly once, naming its command, its type and the engine's reason.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class RefusalsTest {

    private static final int CROWD = 60;

    @InjectRedis
    RedisTarget target;

    @Test
    void aBurstOfRefusedCommandsTravelsAsFewMessagesCarryingEveryRefusalOnce() throws Exception {
        String gameId = "g-" + UUID.randomUUID();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix());
                ChannelListener rejections = new ChannelListener(
                        target.url(),
                        new RedisNames(target.keyPrefix()).game(gameId).rejections())) {
            match.send(
                    gameId,
                    new CreateGame(TestGames.HOST, TestGames.settings(1, Duration.ofSeconds(5), RoundMode.CLASSIC)));
            match.send(gameId, new JoinGame("p1", "Ada", null));
            match.awaitEvent(gameId, EventType.PLAYER_JOINED);

            // The game has not started: every answer is refused, as 9,999 of 10,000 buzzes are.
            Map<String, GameCommand> crowd = new LinkedHashMap<>();
            for (int i = 0; i < CROWD; i++) {
                crowd.put("conn-" + i + "/1", new SubmitAnswer("p1", "q1", "B", Instant.now()));
            }
            match.sendAll(gameId, crowd);

            WireCodec wire = new WireCodec();
            List<CommandRefusal> refusals = await().atMost(Duration.ofSeconds(15))
                    .until(
                            () -> rejections.messages().stream()
                                    .flatMap(m -> wire.decodeCommandRefusals(m).stream())
                                    .toList(),
                            received -> received.size() >= CROWD);
            assertThat(refusals)
                    .extracting(CommandRefusal::commandId)
                    .containsExactlyInAnyOrderElementsOf(crowd.keySet());
            assertThat(refusals).allSatisfy(refusal -> {
                assertThat(refusal.gameId()).isEqualTo(gameId);
                assertThat(refusal.type()).isEqualTo("SUBMIT_ANSWER");
                assertThat(refusal.code()).isNotBlank();
                assertThat(refusal.message()).isNotBlank();
            });
            assertThat(refusals).extracting(CommandRefusal::connectionId).doesNotHaveDuplicates();
            // One PUBLISH per refusal was the old way: read together, they are reported together.
            assertThat(rejections.messages())
                    .as("messages for %d refusals", CROWD)
                    .hasSizeLessThan(CROWD / 2);
        }
    }
}
