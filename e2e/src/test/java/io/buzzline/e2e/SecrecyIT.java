package io.buzzline.e2e;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.buzzline.e2e.support.EdgeRoutes;
import io.buzzline.e2e.support.Platform;
import io.buzzline.e2e.support.PlatformExtension;
import io.buzzline.e2e.support.RunningPlatform;
import io.buzzline.e2e.support.SecrecyProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's acceptance: no response or frame to a non-editor contains a question's key before that
 * question's reveal. A real game on the whole platform, driven step by step so the test knows which
 * questions are revealed at every moment; non-editors (no token, a player, the spectator, the host,
 * another game's host) read every GET route the gateway's edge serves — enumerated from the served
 * OpenAPI documents, valued with the game's real ids — in the lobby, while each question is open and after
 * the end, and receive WebSocket frames live and on connections resumed from 0. Every body and frame is
 * searched for the key of each question not revealed at its time ({@code KeyLeaks}).
 *
 * <p>A seeded randomized test, not a jqwik property: each try would be a whole game, driven step by step.
 * (The platform itself is {@link RunningPlatform#shared()}, which jqwik's properties reach as well.)
 * The seed ({@code -Dsecrecy.seed}, default 17) chooses the questions' texts and keys, the answers, the
 * gateways, the ids and the optional query parameters; it is in the report, so a failure replays.
 */
@ExtendWith(PlatformExtension.class)
class SecrecyIT {

    private static final long SEED = Long.getLong("secrecy.seed", 17L);

    @Test
    void noNonEditorReceivesAKeyBeforeItsReveal(RunningPlatform running) {
        Platform platform = running.platform();
        Random random = new Random(SEED);
        try (HttpClient http = HttpClient.newHttpClient();
                SecrecyProbe probe = SecrecyProbe.start(platform, http, random)) {
            List<EdgeRoutes.Route> routes = new ArrayList<>();
            routes.addAll(EdgeRoutes.served(http, platform.gateways().getFirst().toString(), ""));
            routes.addAll(EdgeRoutes.served(http, platform.url("lobby"), "/api/lobby"));
            routes.addAll(EdgeRoutes.served(http, platform.url("content"), "/api/content"));
            assertThat(routes).as("GET routes served at the edge").hasSizeGreaterThan(10);

            probe.window("lobby", routes);
            probe.start();
            for (int number = 1; ; number++) {
                JsonNode shown = probe.awaitShownOrEnd();
                if (shown.path("type").asText().equals("GAME_ENDED")) {
                    break;
                }
                probe.window("question " + number + " open", routes);
                probe.play(shown.path("data"));
                probe.next();
            }
            probe.window("ended", routes);

            SecrecyProbe.Outcome outcome = probe.verdict();
            RunningPlatform.report("## secrecy, seed " + SEED + " (game " + probe.gameId() + ")");
            outcome.summary().forEach(line -> RunningPlatform.report("- " + line));
            assertThat(outcome.leaks()).as("keys told before their reveal").isEmpty();
            assertThat(outcome.framesChecked()).isGreaterThan(50);
            assertThat(outcome.editorSawKeys())
                    .as("the editor reads the open question's key: the search finds a key where there is one")
                    .isTrue();
            assertThat(outcome.publicPackRead())
                    .as("an anonymous caller reads the game's pack, choices and all, without the keys")
                    .isTrue();
        }
    }
}
