package io.buzzline.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives one game for the secrecy test step by step and records what non-editors receive: the live
 * WebSocket connections (the host resumed from 0, two players, a spectator, another game's host), a
 * connection per role resumed from 0 in each window, and every edge GET route read by each non-editor
 * ({@link EdgeReader}). {@link #verdict()} then searches each body and frame for the keys of the
 * questions not revealed at its time.
 */
public final class SecrecyProbe implements AutoCloseable {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final Platform platform;
    private final HttpClient http;
    private final Random random;
    private final SecrecyGame game;
    private final KeyLeaks leaks;
    private final EdgeReader reader;
    private final FrameRecorder host;
    private final List<FrameRecorder> players = new ArrayList<>();
    private final List<FrameRecorder> recorders = new ArrayList<>();
    private final FrameRecorder otherHost;
    private long handled;

    private SecrecyProbe(Platform platform, HttpClient http, Random random, SecrecyGame game) {
        this.platform = platform;
        this.http = http;
        this.random = random;
        this.game = game;
        this.leaks = new KeyLeaks(game.secrets());
        this.host = live("host", game.hostToken(), 0L);
        String packId = host.awaitEvent(e -> type(e, "GAME_CREATED"), STEP)
                .path("data")
                .path("settings")
                .path("questionPackId")
                .asText();
        this.reader = new EdgeReader(http, platform, game, leaks, random, packId);
        players.add(live("player-1", game.playerTokens().get(0), 0L));
        players.add(live("player-2", game.playerTokens().get(1), 0L));
        live("spectator", game.spectatorToken(), 0L);
        this.otherHost = FrameRecorder.connect("other-host", http, gateway(), game.otherHostToken(), 0L);
    }

    /** Seeds the questions, creates the games, joins the players and opens the live connections. */
    public static SecrecyProbe start(Platform platform, HttpClient http, Random random) {
        return new SecrecyProbe(platform, http, random, SecrecyGame.create(platform, http, random));
    }

    public String gameId() {
        return game.gameId();
    }

    /**
     * The host starts the game. It cannot see the pack arrive (no client does: it holds the keys), so a
     * start refused while match still fetches it is sent again.
     */
    public void start() {
        for (int attempt = 1; ; attempt++) {
            JsonNode reply = host.awaitReply(host.send("start"), STEP);
            if (reply.path("type").asText().equals("ack")) {
                return;
            }
            assertThat(reply.path("code").asText())
                    .as("start refused: %s", reply)
                    .isEqualTo("QUESTIONS_NOT_LOADED");
            assertThat(attempt).as("the pack never loaded").isLessThan(50);
            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
        }
    }

    /** The host moves on after a reveal. */
    public void next() {
        JsonNode reply = host.awaitReply(host.send("next"), STEP);
        assertThat(reply.path("type").asText()).as("next: %s", reply).isEqualTo("ack");
    }

    /** Waits for the next QUESTION_SHOWN or GAME_ENDED the host receives, and returns it. */
    public JsonNode awaitShownOrEnd() {
        JsonNode next = host.awaitEvent(
                e -> e.path("sequence").asLong() > handled && (type(e, "QUESTION_SHOWN") || type(e, "GAME_ENDED")),
                STEP);
        handled = next.path("sequence").asLong();
        return next;
    }

    /**
     * One quiet window: nothing can be revealed while it lasts (no one answers, the time limit is long, the
     * host waits), so the unrevealed questions are known exactly for every REST answer; the connections
     * opened here are checked by sequence like the live ones.
     */
    public void window(String name, List<EdgeRoutes.Route> routes) {
        Set<String> revealedBefore = revealed(Long.MAX_VALUE);
        Set<String> unrevealed = new HashSet<>(leaks.questionIds());
        unrevealed.removeAll(revealedBefore);
        reader.readAll(name, routes, unrevealed);
        long last = host.events().isEmpty()
                ? 0
                : host.events().getLast().path("sequence").asLong();
        for (String[] who : List.of(
                new String[] {"host", game.hostToken()},
                new String[] {"player-1", game.playerTokens().get(0)},
                new String[] {"spectator", game.spectatorToken()})) {
            try (FrameRecorder resumed = FrameRecorder.connect(name + "/" + who[0], http, gateway(), who[1], 0L)) {
                resumed.awaitFrame("welcome", STEP);
                if (last > 0) {
                    resumed.awaitEvent(e -> e.path("sequence").asLong() >= last, STEP);
                }
                recorders.add(resumed);
            }
        }
        try (FrameRecorder anonymous = FrameRecorder.connect(name + "/no-token", http, gateway(), "", 0L)) {
            anonymous.awaitFrame("error", STEP);
            recorders.add(anonymous);
        }
        assertThat(revealed(Long.MAX_VALUE))
                .as("window %s was quiet: nothing was revealed while it was read", name)
                .isEqualTo(revealedBefore);
    }

    /** Plays the open question {@code shown}: both players answer (CLASSIC) or buzz in turn (BUZZER). */
    public void play(JsonNode shown) {
        String questionId = shown.path("questionId").asText();
        List<String> choices = new ArrayList<>();
        shown.path("choices").forEach(choice -> choices.add(choice.asText()));
        Predicate<JsonNode> revealedHere = e -> type(e, "ANSWER_REVEALED") && about(e, questionId);
        if (mode().equals("CLASSIC")) {
            players.forEach(p -> p.send("answer", "questionId", questionId, "answer", pick(choices)));
        } else {
            long from = handled;
            for (FrameRecorder player : players) {
                player.send("buzz", "questionId", questionId);
                long after = from;
                JsonNode awarded = host.awaitEvent(
                        e -> e.path("sequence").asLong() > after
                                && (revealedHere.test(e) || (type(e, "BUZZER_AWARDED") && about(e, questionId))),
                        STEP);
                if (revealedHere.test(awarded)) {
                    break;
                }
                String answer = pick(choices);
                choices.remove(answer);
                player.send("answer", "questionId", questionId, "answer", answer);
                long awardedAt = awarded.path("sequence").asLong();
                JsonNode verdict = host.awaitEvent(
                        e -> e.path("sequence").asLong() > awardedAt
                                && (revealedHere.test(e) || (type(e, "BUZZER_REOPENED") && about(e, questionId))),
                        STEP);
                if (revealedHere.test(verdict)) {
                    break;
                }
                from = verdict.path("sequence").asLong();
            }
        }
        handled = host.awaitEvent(revealedHere, STEP).path("sequence").asLong();
    }

    /** Searches everything recorded. */
    public Outcome verdict() {
        List<String> leaked = new ArrayList<>(reader.leaks());
        List<FrameRecorder> all = new ArrayList<>(recorders);
        all.add(otherHost);
        int frames = 0;
        for (FrameRecorder recorder : all) {
            boolean otherGame = recorder == otherHost;
            // An events frame is searched as of its last event: what its own elements reveal (a BUZZER
            // winner's right answer and the reveal) arrives with them, never before.
            for (FrameRecorder.Frame frame : recorder.frames()) {
                frames++;
                Set<String> unrevealed = new HashSet<>(leaks.questionIds());
                if (!otherGame) {
                    unrevealed.removeAll(revealed(frame.asOf()));
                }
                Set<String> found = leaks.find(frame.text(), unrevealed);
                if (!found.isEmpty()) {
                    leaked.add(
                            recorder.name() + " frame as of " + frame.asOf() + " told " + found + ": " + frame.text());
                }
            }
        }
        List<String> summary = List.of(
                reader.routes() + " GET routes at the edge, " + reader.requests() + " requests by 5 non-editors, "
                        + "statuses " + reader.statuses(),
                frames + " WebSocket frames on " + all.size() + " connections (live and resumed from 0)",
                leaks.questionIds().size() + " questions in the bank, " + reader.packQuestions() + " in the game; "
                        + "leaks: " + leaked.size());
        return new Outcome(leaked, frames, reader.editorSawKeys(), reader.publicPackRead(), summary);
    }

    /** What the test found: every leak, what was checked, and the proofs that the search can find a key. */
    public record Outcome(
            List<String> leaks,
            int framesChecked,
            boolean editorSawKeys,
            boolean publicPackRead,
            List<String> summary) {}

    /**
     * The questions whose key was public as of {@code sequence}: at their ANSWER_REVEALED, or at a BUZZER
     * winner's right answer, which the engine logs with the reveal in one decision.
     */
    private Set<String> revealed(long sequence) {
        Map<Long, String> at = new TreeMap<>();
        for (JsonNode event : host.events()) {
            JsonNode data = event.path("data");
            boolean reveal = type(event, "ANSWER_REVEALED")
                    || (type(event, "ANSWER_SUBMITTED") && data.path("correct").asBoolean());
            if (reveal) {
                at.putIfAbsent(
                        event.path("sequence").asLong(), data.path("questionId").asText());
            }
        }
        Set<String> revealed = new HashSet<>();
        at.forEach((seq, questionId) -> {
            if (seq <= sequence) {
                revealed.add(questionId);
            }
        });
        return revealed;
    }

    private String mode() {
        return host.events().stream()
                .filter(e -> type(e, "ROUND_STARTED"))
                .reduce((first, second) -> second)
                .orElseThrow()
                .path("data")
                .path("mode")
                .asText();
    }

    private FrameRecorder live(String name, String token, long lastSequence) {
        FrameRecorder recorder = FrameRecorder.connect(name, http, gateway(), token, lastSequence);
        recorder.awaitFrame("welcome", STEP);
        recorders.add(recorder);
        return recorder;
    }

    private URI gateway() {
        List<URI> gateways = platform.gateways();
        return gateways.get(random.nextInt(gateways.size()));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static boolean type(JsonNode event, String type) {
        return event.path("type").asText().equals(type);
    }

    private static boolean about(JsonNode event, String questionId) {
        return event.path("data").path("questionId").asText().equals(questionId);
    }

    @Override
    public void close() {
        recorders.forEach(FrameRecorder::close);
        otherHost.close();
    }
}
