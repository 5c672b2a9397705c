package io.buzzline.gateway.aggregate;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.protocol.ServerFrameEncoder;

/** Makes each game's {@link GameAggregates} from the configured limits, the clock and one shared encoder. */
@ApplicationScoped
public class AggregateSettings {

    private final GatewayConfig.Aggregates config;
    private final Clock clock;
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();

    public AggregateSettings(GatewayConfig config, Clock clock) {
        this.config = config.aggregates();
        this.clock = clock;
    }

    public GameAggregates create() {
        return new GameAggregates(
                new TickState(config.latestJoined(), config.firstBuzzes()),
                new ScoreBoard(config.standingsTop(), encoder),
                encoder,
                clock,
                config);
    }

    public GatewayConfig.Aggregates config() {
        return config;
    }
}
