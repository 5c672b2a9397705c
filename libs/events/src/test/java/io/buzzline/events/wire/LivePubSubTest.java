package io.buzzline.events.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LivePubSubTest {

    private final GameNames game = new RedisNames("run7:").game("g_1");

    @Test
    void aValueNamesAModeInAnyCaseAndAnythingElseIsRefusedSayingWhatIsAllowed() {
        assertThat(LivePubSub.named("classic")).isEqualTo(LivePubSub.CLASSIC);
        assertThat(LivePubSub.named(" SHARDED ")).isEqualTo(LivePubSub.SHARDED);
        assertThatThrownBy(() -> LivePubSub.named("spublish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wire.pubsub must be 'classic' or 'sharded' (Redis 7.0 and later), was 'spublish'");
    }

    @Test
    void shardedCommandsGroupAGamesChannelsTogetherAndApartFromOtherGames() {
        GameNames other = new RedisNames("run7:").game("g_2");
        LivePubSub sharded = LivePubSub.SHARDED;
        assertThat(sharded.commandGroup(game.live()))
                .isEqualTo(sharded.commandGroup(game.rejections()))
                .isEqualTo("g:g_1")
                .isNotEqualTo(sharded.commandGroup(other.live()));
        // Redis' rule: an empty tag, or none, leaves the whole name.
        assertThat(sharded.commandGroup("a{}b")).isEqualTo("a{}b");
        assertThat(sharded.commandGroup("plain")).isEqualTo("plain");
        assertThat(sharded.commandGroup("x{tag}y{other}")).isEqualTo("tag");
    }

    @Test
    void classicSubscribesEveryChannelInOneCommand() {
        assertThat(LivePubSub.CLASSIC.commandGroup(game.live())).isEqualTo(LivePubSub.CLASSIC.commandGroup("anything"));
    }

    @Test
    void eachModeNamesRedisCommandsAndReplyKinds() {
        assertThat(LivePubSub.SHARDED.publishCommand()).isEqualTo("SPUBLISH");
        assertThat(LivePubSub.SHARDED.messageKind()).isEqualTo("smessage");
        assertThat(LivePubSub.CLASSIC.subscribeCommand()).isEqualTo("SUBSCRIBE");
        assertThat(LivePubSub.CLASSIC.unsubscribedKind()).isEqualTo("unsubscribe");
    }
}
