package io.buzzline.events.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisNamesTest {

    private final RedisNames names = new RedisNames("run7:");

    @Test
    void aGamesNamesShareItsHashTag() {
        GameNames game = names.game("g_1");

        assertThat(game.log()).isEqualTo("run7:{g:g_1}:log");
        assertThat(game.live()).isEqualTo("run7:{g:g_1}:live");
        assertThat(game.rejections()).isEqualTo("run7:{g:g_1}:rejections");
        assertThat(game.presence()).isEqualTo("run7:{g:g_1}:presence");
        assertThat(game.key("lobby")).isEqualTo("run7:{g:g_1}:lobby");
    }

    @Test
    void findsTheGameOfItsOwnPerGameNamesOnly() {
        assertThat(names.gameOf(names.game("g_1").live())).isEqualTo("g_1");
        assertThat(names.gameOf(names.game("g_2").rejections())).isEqualTo("g_2");
        assertThat(names.gameOf("other:{g:g_1}:live")).isNull();
        assertThat(names.gameOf("run7:{match}:commands")).isNull();
        assertThat(names.gameOf("run7:{g:}:live")).isNull();
        assertThat(names.gameOf("run7:{g:g_1")).isNull();
    }

    @Test
    void regionKeysCarryTheirOwnTag() {
        assertThat(names.stream(SharedStream.MILESTONES)).isEqualTo("run7:{match}:milestones");
        assertThat(SharedStream.EVENTS.key("run7:", 15)).isEqualTo("run7:{match:p15}:events");
        assertThat(SharedStream.COMMANDS.key("run7:", 3)).isEqualTo("run7:{match:p3}:commands");
        assertThat(SharedStream.COMMANDS.pattern("run7:")).isEqualTo("run7:{match:p%d}:commands");
        assertThat(names.tagged("match", "games")).isEqualTo("run7:{match}:games");
        assertThat(names.tagged("lb:day:2026-12-06", "")).isEqualTo("run7:{lb:day:2026-12-06}");
        assertThat(names.plain("lobby:public")).isEqualTo("run7:lobby:public");
    }

    @Test
    void refusesABlankGameId() {
        assertThatThrownBy(() -> names.game(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gameId: must not be blank");
    }

    @Test
    void theShippedConfigurationNamesEveryStreamAsTheCodeDoes() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertThat(in).as("the library's microprofile-config.properties").isNotNull();
            shipped.load(in);
        }

        for (SharedStream stream : SharedStream.values()) {
            assertThat(shipped.getProperty(stream.property()))
                    .as(stream.property())
                    .isNotNull()
                    .satisfies(value -> assertThat(value.replace("${buzzline.redis.key-prefix}", "run7:"))
                            .isEqualTo(stream.pattern("run7:")));
        }
        assertThat(shipped.getProperty(Partitions.PROPERTY)).isEqualTo(Integer.toString(Partitions.DEFAULT_COUNT));
        // Classic by default: the project supports Redis 6.2, which has no sharded pub/sub.
        assertThat(LivePubSub.named(shipped.getProperty(LivePubSub.PROPERTY))).isEqualTo(LivePubSub.CLASSIC);
        assertThat(shipped.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                Arrays.stream(SharedStream.values()).map(SharedStream::property),
                                java.util.stream.Stream.of(Partitions.PROPERTY, LivePubSub.PROPERTY))
                        .toList());
    }

    @Test
    void aPartitionedStreamIsNamedPerPartitionOnly() {
        assertThatThrownBy(() -> SharedStream.COMMANDS.key("run7:"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("partitioned");
        assertThatThrownBy(() -> SharedStream.MILESTONES.key("run7:", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(SharedStream.MILESTONES.pattern("run7:")).isEqualTo(SharedStream.MILESTONES.key("run7:"));
    }

    @Test
    void channelNamesAreDistinct() {
        assertThat(Arrays.stream(SharedStream.values()).map(SharedStream::channel))
                .doesNotHaveDuplicates()
                .contains(SharedStream.Channel.COMMANDS, SharedStream.Channel.EVENTS);
    }
}
