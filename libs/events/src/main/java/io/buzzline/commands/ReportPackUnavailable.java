package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/**
 * The match service could not get the game's question pack {@code packId} from content (every attempt
 * failed or timed out): a game still waiting for its questions ends with {@code CONTENT_UNAVAILABLE}.
 * Only the runtime sends it; no client message maps to it.
 */
public record ReportPackUnavailable(String packId) implements GameCommand {

    public ReportPackUnavailable {
        nonBlank(packId, "packId");
    }

    @Override
    public CommandType type() {
        return CommandType.REPORT_PACK_UNAVAILABLE;
    }
}
