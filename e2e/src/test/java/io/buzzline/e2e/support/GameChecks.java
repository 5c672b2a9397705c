package io.buzzline.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.bots.client.Bot;
import io.buzzline.bots.client.BotRecord;
import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.engine.Leaderboard;
import io.buzzline.engine.Replay;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.json.EventCodec;
import io.buzzline.wallet.EarningRules;
import io.buzzline.wallet.EntryReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What must hold after a game, however it was disturbed: the log is whole and each command's events are
 * in it once; every acknowledged command was logged or refused, every buzz and BUZZER answer (which
 * protocol v3 does not acknowledge) answered by its own event or a refusal; every bot received exactly what its role
 * may see; each player's score is the sum of its SCORE_UPDATED events, every right answer scored once;
 * content's archive in Firestore equals the log; scoring's results and stats in PostgreSQL agree.
 */
public final class GameChecks {

    private static final Duration ARCHIVE_WAIT = Duration.ofSeconds(60);
    /** How long a buzz's answer may still be on its way when the checks start (a refusal as the game ended). */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final GameLog log;
    private final EventCodec codec = new EventCodec();
    private final HttpClient http = HttpClient.newHttpClient();

    public GameChecks(Platform platform) {
        this.platform = platform;
        this.log = new GameLog(
                platform.infrastructure()::redisCommands,
                platform.infrastructure().keyPrefix());
    }

    public GameLog log() {
        return log;
    }

    /** Runs every check on a game played to its end; returns the report lines (what was checked, what was lost and why). */
    public List<String> verify(Table table) throws Exception {
        return verify(table, Set.of(GameEnded.Reason.COMPLETED));
    }

    /** Runs every check on a game whose log must end with one of {@code endings}; returns the report lines. */
    public List<String> verify(Table table, Set<GameEnded.Reason> endings) throws Exception {
        List<String> report = new ArrayList<>();
        String gameId = table.gameId();
        List<GameLog.Entry> entries = log.entries(gameId);
        List<EventEnvelope> events = entries.stream().map(GameLog.Entry::event).toList();

        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).as("log gap-free at %d", i).isEqualTo(i + 1L);
        }
        assertThat(events.getLast().event())
                .as("the log's last event")
                .isInstanceOfSatisfying(
                        GameEnded.class, ended -> assertThat(ended.reason()).isIn(endings));
        report.add("log: " + events.size() + " events, gap-free, ends "
                + events.getLast().event());

        assertEachCommandOnce(entries);
        report.add("log: each of "
                + entries.stream().map(GameLog.Entry::commandId).distinct().count()
                + " command ids in one contiguous run");

        report.addAll(ackedCommandsAreLoggedOrRefused(table, entries));
        report.add(buzzesAreAnsweredByTheirEventOrARefusal(table, events));
        for (Bot bot : table.all()) {
            assertDelivered(bot, events);
        }
        report.add("deliveries: " + table.all().size() + " bots each got exactly their role's events, in order,"
                + " none twice ("
                + table.all().stream().mapToInt(b -> b.record().drops()).sum()
                + " connections lost and resumed)");

        Map<String, Long> totals = assertScores(events);
        report.add("scores: " + totals + " = sums of SCORE_UPDATED; every right answer to a revealed question"
                + " scored exactly once");
        assertFinalStandings(gameId, events, totals);
        report.add("standings: the game's final leaderboard (its log folded by the engine) = those sums");

        assertArchived(gameId, events);
        report.add("archive: content's Firestore history equals the Redis log (" + events.size() + " events)");
        assertResults(gameId, events, totals);
        report.add("results: scoring's REST results and PostgreSQL rows match the log totals and answers");
        report.add(assertGranted(gameId, events, totals));
        return report;
    }

    private static void assertEachCommandOnce(List<GameLog.Entry> entries) {
        Map<String, Integer> runs = new HashMap<>();
        String previous = null;
        for (GameLog.Entry entry : entries) {
            assertThat(entry.commandId())
                    .as("cmd of %s", entry.event().eventId())
                    .isNotBlank();
            if (!entry.commandId().equals(previous)) {
                runs.merge(entry.commandId(), 1, Integer::sum);
            }
            previous = entry.commandId();
        }
        assertThat(runs.entrySet().stream().filter(run -> run.getValue() > 1).toList())
                .as("commands whose events appear in more than one run")
                .isEmpty();
    }

    /** Each ack names a command id; it is in the log, or match refused it (an error frame came back). */
    private static List<String> ackedCommandsAreLoggedOrRefused(Table table, List<GameLog.Entry> entries) {
        Set<String> logged = entries.stream().map(GameLog.Entry::commandId).collect(Collectors.toSet());
        int acked = 0;
        int refused = 0;
        List<String> unresolved = new ArrayList<>();
        Map<String, Integer> codes = new java.util.TreeMap<>();
        for (Bot bot : table.all()) {
            bot.record().refused().forEach(refusal -> codes.merge(refusal.code(), 1, Integer::sum));
            Set<String> refusedFrames = bot.record().refused().stream()
                    .map(BotRecord.Refused::frameId)
                    .collect(Collectors.toSet());
            for (BotRecord.Acked ack : bot.record().acked()) {
                acked++;
                if (!logged.contains(ack.commandId())) {
                    if (refusedFrames.contains(ack.frameId())) {
                        refused++;
                    } else {
                        unresolved.add(bot.name() + " " + ack.frame() + " as " + ack.commandId());
                    }
                }
            }
        }
        assertThat(unresolved)
                .as("acknowledged commands neither in the log nor refused by match")
                .isEmpty();
        return List.of("commands: " + acked + " acknowledged; " + (acked - refused) + " in the log, " + refused
                + " refused by the engine after their ack, none lost; error frames by code: " + codes);
    }

    /**
     * Protocol v3 acks no buzz and no BUZZER round's answer: the player's own event (BUZZ_PRESSED,
     * ANSWER_SUBMITTED) says match took it, an error with the frame's id that it did not, and exactly one
     * of them comes, so such a frame is logged or refused as surely as an acknowledged command. Never an ack,
     * on any connection. Exactly one answer is checked on the bots that never lost their connection (a frame
     * sent on a lost one may never be answered: the bot sends it again under a new id), leaving out a
     * question on which the bot was refused UNAVAILABLE (the stream may have taken that frame all the same;
     * the bot's retry is then answered by the first one's event, and refused on top).
     */
    private static String buzzesAreAnsweredByTheirEventOrARefusal(Table table, List<EventEnvelope> log) {
        Set<String> buzzerQuestions = buzzerQuestions(log);
        List<String> acked = new ArrayList<>();
        int sent = 0;
        for (Bot bot : table.all()) {
            Set<String> ids = bot.record().sent().stream()
                    .filter(frame -> answeredByEvent(frame.frame(), buzzerQuestions) != null)
                    .map(BotRecord.Sent::frameId)
                    .collect(Collectors.toSet());
            sent += ids.size();
            bot.record().acked().stream()
                    .filter(ack -> ids.contains(ack.frameId()))
                    .forEach(ack -> acked.add(bot.name() + " " + ack.frame() + " as " + ack.frameId()));
        }
        assertThat(acked)
                .as("buzzes and BUZZER answers acknowledged (protocol v3 answers them with their events)")
                .isEmpty();

        await().atMost(ANSWER_WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                        notAnsweredOnce(table, buzzerQuestions))
                .as("buzzes and BUZZER answers not answered exactly once (own event or refusal)")
                .isEmpty());
        long byEvent = table.all().stream()
                .filter(bot -> bot.record().drops() == 0)
                .mapToLong(bot -> bot.record().answered().size())
                .sum();
        long steady =
                table.all().stream().filter(bot -> bot.record().drops() == 0).count();
        return "buzzes and BUZZER answers: " + sent + " sent, none acknowledged (protocol v3); on the " + steady
                + " bots that kept their connection each answered exactly once, " + byEvent + " by its own event";
    }

    /** The buzzes and BUZZER answers of bots that kept their connection that were not answered exactly once. */
    private static List<String> notAnsweredOnce(Table table, Set<String> buzzerQuestions) {
        List<String> deviations = new ArrayList<>();
        for (Bot bot : table.all()) {
            BotRecord record = bot.record();
            if (record.drops() > 0) {
                continue;
            }
            Set<String> unavailable = record.refused().stream()
                    .filter(refusal -> "UNAVAILABLE".equals(refusal.code()) && refusal.frame() != null)
                    .map(refusal -> answeredByEvent(refusal.frame(), buzzerQuestions))
                    .filter(question -> question != null)
                    .collect(Collectors.toSet());
            for (BotRecord.Sent frame : record.sent()) {
                String question = answeredByEvent(frame.frame(), buzzerQuestions);
                if (question == null || unavailable.contains(question)) {
                    continue;
                }
                // Refusals count once however many came: a match instance that takes over another's pending
                // commands decides a refused one again (an accepted one is logged, so never twice).
                long answers = record.answered().stream()
                                .filter(answer -> answer.frameId().equals(frame.frameId()))
                                .count()
                        + (record.refused().stream()
                                        .anyMatch(refusal -> frame.frameId().equals(refusal.frameId()))
                                ? 1
                                : 0);
                if (answers != 1) {
                    deviations.add(
                            bot.name() + " " + frame.frameId() + " " + frame.frame() + ": " + answers + " answers");
                }
            }
        }
        return deviations;
    }

    /** The question of {@code frame} if protocol v3 answers it with an event (a buzz, a BUZZER answer), else null. */
    private static String answeredByEvent(ClientFrame frame, Set<String> buzzerQuestions) {
        return switch (frame) {
            case ClientFrame.Buzz buzz -> buzz.questionId();
            case ClientFrame.Answer answer ->
                buzzerQuestions.contains(answer.questionId()) ? answer.questionId() : null;
            case ClientFrame.Hello hello -> null;
            case ClientFrame.Ping ping -> null;
            case ClientFrame.Start start -> null;
            case ClientFrame.Next next -> null;
            case ClientFrame.Skip skip -> null;
            case ClientFrame.End end -> null;
        };
    }

    /** The questions shown in BUZZER rounds. */
    private static Set<String> buzzerQuestions(List<EventEnvelope> log) {
        Set<String> questions = new HashSet<>();
        RoundMode mode = RoundMode.CLASSIC;
        for (EventEnvelope envelope : log) {
            if (envelope.event() instanceof RoundStarted round) {
                mode = round.mode();
            } else if (envelope.event() instanceof QuestionShown shown && mode == RoundMode.BUZZER) {
                questions.add(shown.questionId());
            }
        }
        return questions;
    }

    /**
     * A bot received, from its first welcome on, exactly the logged events its role may see (protocol v2:
     * a host public events, a player public ones and its own), once each.
     */
    private static void assertDelivered(Bot bot, List<EventEnvelope> log) {
        BotRecord record = bot.record();
        BotRecord.Welcomed first = record.welcomes().getFirst();
        boolean host = "host".equals(first.role());
        List<EventEnvelope> expected = log.stream()
                .filter(event -> event.sequence() > first.deliveredFrom())
                .filter(event -> host
                        ? event.event().visibility().visibleToHost()
                        : event.event().visibility().visibleToPlayer(first.subject()))
                .toList();
        assertThat(record.repeated())
                .as("%s received sequences twice", bot.name())
                .isEmpty();
        assertThat(record.events()).as("%s's events", bot.name()).isEqualTo(expected);
    }

    /**
     * Totals are the sums of SCORE_UPDATED; each right answer to a revealed question has exactly one score
     * (points settle at the reveal: a question still open when the host ended the game owes nothing).
     */
    private static Map<String, Long> assertScores(List<EventEnvelope> events) {
        Map<String, Long> sums = new HashMap<>();
        Map<String, Long> lastTotals = new HashMap<>();
        List<String> scoredAnswers = new ArrayList<>();
        for (EventEnvelope envelope : events) {
            if (envelope.event() instanceof ScoreUpdated score) {
                sums.merge(score.playerId(), (long) score.points(), Long::sum);
                lastTotals.put(score.playerId(), score.total());
                scoredAnswers.add(score.sourceEventId());
            }
        }
        assertThat(lastTotals).as("last SCORE_UPDATED total = sum of points").isEqualTo(sums);
        Set<String> distinct = new HashSet<>(scoredAnswers);
        assertThat(scoredAnswers).as("answers scored twice").hasSameSizeAs(distinct);
        Set<String> revealed = events.stream()
                .filter(e -> e.event() instanceof AnswerRevealed)
                .map(e -> ((AnswerRevealed) e.event()).questionId())
                .collect(Collectors.toSet());
        Set<String> rightAnswers = events.stream()
                .filter(e -> e.event() instanceof AnswerSubmitted answer
                        && answer.correct()
                        && revealed.contains(answer.questionId()))
                .map(EventEnvelope::eventId)
                .collect(Collectors.toSet());
        assertThat(distinct).as("scored answers = right answers").containsAll(rightAnswers);
        return sums;
    }

    /** The standings the game ends with, as every client's view is folded from them, equal the log's sums. */
    private static void assertFinalStandings(String gameId, List<EventEnvelope> log, Map<String, Long> totals) {
        Map<String, Long> standings = Leaderboard.players(Replay.fromLog(gameId, log)).stream()
                .collect(Collectors.toMap(Leaderboard.Standing::id, Leaderboard.Standing::total));
        assertThat(standings).as("final standings vs the log's sums").isEqualTo(everyPlayer(log, totals));
    }

    /** {@code totals} with a zero for every player who joined and scored nothing. */
    private static Map<String, Long> everyPlayer(List<EventEnvelope> log, Map<String, Long> totals) {
        Map<String, Long> all = new HashMap<>();
        log.stream()
                .filter(envelope -> envelope.event() instanceof io.buzzline.events.PlayerJoined)
                .forEach(envelope -> all.put(((io.buzzline.events.PlayerJoined) envelope.event()).playerId(), 0L));
        all.putAll(totals);
        return all;
    }

    private void assertArchived(String gameId, List<EventEnvelope> log) {
        String body = await().atMost(ARCHIVE_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        // The whole log (keys included) is for editors; anyone else reads its public events.
                        () -> get(
                                platform.url("content") + "/history/games/" + gameId + "/events",
                                "Bearer " + platform.editorToken()),
                        b -> b != null);
        List<EventEnvelope> archived = new ArrayList<>();
        try {
            for (JsonNode event : JSON.readTree(body)) {
                archived.add(codec.decode(event.toString()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("content's archive is not JSON: " + body, e);
        }
        assertThat(archived).as("archived history of " + gameId).isEqualTo(log);
    }

    private void assertResults(String gameId, List<EventEnvelope> log, Map<String, Long> totals) throws Exception {
        String body = await().atMost(ARCHIVE_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> anyScoring("/games/" + gameId + "/results"), b -> b != null);
        Map<String, Long> resultScores = new HashMap<>();
        for (JsonNode line : JSON.readTree(body).path("players")) {
            resultScores.put(line.path("playerId").asText(), line.path("score").asLong());
        }
        Map<String, Long> expected = everyPlayer(log, totals);
        Map<String, int[]> answers = new HashMap<>();
        for (EventEnvelope envelope : log) {
            if (envelope.event() instanceof AnswerSubmitted answer) {
                int[] counts = answers.computeIfAbsent(answer.playerId(), p -> new int[2]);
                counts[0]++;
                counts[1] += answer.correct() ? 1 : 0;
            }
        }
        assertThat(resultScores).as("scoring's results vs the log's totals").isEqualTo(expected);

        try (Connection db = platform.infrastructure().jdbc("scoring");
                PreparedStatement query = db.prepareStatement(
                        "SELECT player_id, score, answered, correct FROM player_game WHERE game_id = ?")) {
            query.setString(1, gameId);
            Map<String, Long> rows = new HashMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    String player = result.getString("player_id");
                    assertThat(rows.put(player, result.getLong("score")))
                            .as("one row for %s", player)
                            .isNull();
                    int[] counts = answers.getOrDefault(player, new int[2]);
                    assertThat(result.getInt("answered"))
                            .as("%s answered", player)
                            .isEqualTo(counts[0]);
                    assertThat(result.getInt("correct"))
                            .as("%s correct", player)
                            .isEqualTo(counts[1]);
                }
            }
            assertThat(rows).as("PostgreSQL player_game vs the log").isEqualTo(expected);
        }
    }

    /**
     * Profile granted each player exactly what their place earns by the earning rules (ranked as content's
     * archive ranks them: players with equal scores share a place), once: read through the gateway's public edge
     * with the player's own token, as the web client reads it.
     */
    private String assertGranted(String gameId, List<EventEnvelope> log, Map<String, Long> totals) throws Exception {
        Map<String, Long> scores = everyPlayer(log, totals);
        GameEnded.Reason ended = ((GameEnded) log.getLast().event()).reason();
        // Any gateway alive: a chaos test may have killed one (it is not restarted before the checks).
        URI edge = platform.labels().stream()
                .filter(label ->
                        label.startsWith("gateway-") && platform.process(label).alive())
                .map(label -> URI.create(platform.url(label)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gateway alive to read the wallets through"));
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> granted = new HashMap<>();
        for (var player : scores.entrySet()) {
            int rank = 1
                    + (int) scores.values().stream()
                            .filter(other -> other > player.getValue())
                            .count();
            long coins = EarningRules.V1.coinsFor(new EntryReason.GameResult(gameId, rank, scores.size(), ended));
            expected.put(player.getKey(), coins);
            String authorization = "Bearer " + platform.tokens().game("player", gameId, player.getKey());
            String url =
                    edge.resolve("/api/profile/wallets/me/ledger?limit=100").toString();
            List<JsonNode> entries = await().atMost(ARCHIVE_WAIT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> gameEntries(get(url, authorization), gameId), found -> coins == 0 || !found.isEmpty());
            assertThat(entries)
                    .as("%s's ledger entries for %s", player.getKey(), gameId)
                    .hasSizeLessThanOrEqualTo(1);
            granted.put(
                    player.getKey(),
                    entries.stream().mapToLong(e -> e.path("amount").asLong()).sum());
        }
        assertThat(granted).as("coins granted per player vs the earning rules").isEqualTo(expected);
        return "wallets: profile granted each player their place's coins once, read through the edge " + granted;
    }

    private static List<JsonNode> gameEntries(String ledger, String gameId) throws Exception {
        if (ledger == null) {
            return List.of();
        }
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(ledger).path("entries")) {
            if (gameId.equals(entry.path("gameId").asText())) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private String anyScoring(String path) {
        for (String label : platform.labels()) {
            if (label.startsWith("scoring-") && platform.process(label).alive()) {
                String body = get(platform.url(label) + path);
                if (body != null) {
                    return body;
                }
            }
        }
        return null;
    }

    /** The body of a 200, or null for anything else (not there yet, instance down). */
    private String get(String url) {
        return get(url, null);
    }

    private String get(String url, String authorization) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
