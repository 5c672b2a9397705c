package io.buzzline.gateway.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

import io.buzzline.engine.Rejection;
import io.buzzline.gateway.contract.FrameCases.FrameCase;
import io.buzzline.gateway.contract.FrameConnections.Conn;
import io.buzzline.gateway.contract.FrameConnections.Role;
import io.buzzline.gateway.protocol.ErrorCode;
import io.buzzline.gateway.support.GameDriver;

import static org.awaitility.Awaitility.await;

/**
 * What the documents promise for one frame: docs/protocol.md's table of who may send what (a player
 * buzzes and answers, the host starts, moves on, skips, kicks, ends and pages the board, anyone pings,
 * a second hello is ALREADY_GREETED, commands before hello HELLO_REQUIRED), the error codes
 * {@link FrameFaults} names for a broken frame, FRAME_TOO_LARGE over the frame limit, an answer that
 * echoes the frame's id whenever the server could read it, and nothing in match's command stream for a
 * refused frame. After the run every server frame must validate against its AsyncAPI schema and no
 * connection may have been closed but as documented.
 */
final class FrameOracle {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Set<String> GATEWAY_CODES =
            Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

    private final GameDriver games;
    private final int maxFrameBytes;
    private final List<String> deviations = new ArrayList<>();

    FrameOracle(GameDriver games, int maxFrameBytes) {
        this.games = games;
        this.maxFrameBytes = maxFrameBytes;
    }

    List<String> deviations() {
        return deviations;
    }

    /** Sends try {@code n} on {@code conn} and checks its answer; returns what came back, for the tally. */
    String check(int n, FrameCase sent, Conn conn, Role role, boolean fresh) {
        String text = sent.text(n);
        // Over the frame limit the server reads nothing of the frame, its id included.
        String id = DocumentedFramesTest.bytes(text) > maxFrameBytes ? null : sent.echoedId(n);
        String expected = expected(sent, role, fresh, text);
        int from = conn.client.frames().size();
        long before = games.commandCount();
        conn.client.sendRaw(text);
        // Only a buzz or answer the gateway can read may be answered by its event or the engine's refusal: a
        // broken one gets the gateway's error, so an id-less engine refusal seen meanwhile is the late answer
        // of an earlier id-less command (seen once under a loaded full test run), not this frame's.
        boolean playersCommand = sent.valid()
                && role == Role.PLAYER
                && (sent.type().equals("buzz") || sent.type().equals("answer"));
        Optional<JsonNode> answer = answer(conn, from, id, sent.sentId(n), playersCommand);
        String about = "try " + n + " as " + role + (fresh ? " (new connection)" : "") + ": " + sent.type()
                + (sent.valid() ? " valid" : " with " + sent.fault()) + ", sent " + abbreviate(text);
        if (answer.isEmpty()) {
            deviations.add(about + ": no answer within " + WAIT + ", expected " + expected);
            return "nothing";
        }
        JsonNode got = answer.get();
        String verdict = got.path("type").asText()
                + (got.has("code") ? " " + got.path("code").asText() : "")
                + (got.has("event") ? " " + got.path("event").path("type").asText() : "");
        if (fresh && sent.valid() && verdict.equals("error INVALID_RESUME")) {
            // protocol.md: a lastSequence beyond the log is reported, then delivery starts from the view.
            answer = answer(conn, conn.client.frames().indexOf(got) + 1, id, id, false);
            got = answer.orElse(got);
            verdict = got.path("type").asText();
        }
        // A connection greeted in version 2 gets an ack for every command match receives (protocol.md).
        boolean versionTwo = conn.client.frames("welcome").stream()
                .findFirst()
                .map(welcome -> welcome.path("v").asInt() == 2)
                .orElse(false);
        boolean refusedByTheEngine = expected.equals(PLAYERS_COMMAND) && engineRefusal(verdict) && !versionTwo;
        if (expected.equals(PLAYERS_COMMAND)
                && (versionTwo
                        ? verdict.equals("ack") || engineRefusal(verdict)
                        : repliesToAPlayersCommand(sent, verdict))) {
            expected = verdict;
        }
        if (!verdict.equals(expected)) {
            deviations.add(about + ": answered " + got + ", expected " + expected);
        } else if (verdict.startsWith("event ")) {
            // Its own event answers a version 3 buzz: an event frame names no client message.
            checkDetails(about, sent, role, got);
        } else if (id == null ? got.has("id") : !id.equals(got.path("id").asText(null))) {
            deviations.add(about + ": answered " + got + ", whose id should be " + id);
        } else {
            checkDetails(about, sent, role, got);
        }
        if (playersCommand && id == null && verdict.equals("ack")) {
            // Match may still refuse the answer, with no id to tell whose: let it arrive before the next try.
            int after = conn.client.frames().indexOf(got) + 1;
            answer(conn, after, null, null, true);
        }
        long added = games.commandCount() - before;
        boolean reachedMatch = verdict.equals("ack") || verdict.startsWith("event ");
        // An engine's refusal comes from match (the command is in its stream) or, for a refusal the rules
        // settle for good, from the gateway (nothing sent).
        if (refusedByTheEngine ? added > 1 : added != (reachedMatch ? 1 : 0)) {
            deviations.add(about + ": " + added + " commands reached match for an answer " + verdict);
        }
        if (conn.client.closeCode() != null) {
            deviations.add(about + ": the connection was closed (" + conn.client.closeCode() + ")");
        }
        return verdict;
    }

    /**
     * What a player's buzz or answer may get in protocol v3 (docs/protocol.md, "One frame per decision"):
     * a buzz its own BUZZ_PRESSED, never an ack; an answer an ack (CLASSIC rounds) or its own
     * ANSWER_SUBMITTED (BUZZER rounds); either the engine's refusal, from match or, for a refusal the rules
     * settle for good, from the gateway.
     */
    private static boolean repliesToAPlayersCommand(FrameCase sent, String verdict) {
        return switch (sent.type()) {
            case "buzz" -> verdict.equals("event BUZZ_PRESSED") || engineRefusal(verdict);
            case "answer" ->
                verdict.equals("ack") || verdict.equals("event ANSWER_SUBMITTED") || engineRefusal(verdict);
            default -> false;
        };
    }

    private static boolean engineRefusal(JsonNode frame) {
        return "error".equals(frame.path("type").asText())
                && ENGINE_CODES.contains(frame.path("code").asText());
    }

    private static boolean engineRefusal(String verdict) {
        return verdict.startsWith("error ") && ENGINE_CODES.contains(verdict.substring("error ".length()));
    }

    /** The engine's refusals: match's, and the settled ones the gateway gives itself. */
    private static final Set<String> ENGINE_CODES =
            Arrays.stream(Rejection.values()).map(Enum::name).collect(Collectors.toSet());

    /** What a player's buzz or answer is expected to get: see {@link #repliesToAPlayersCommand}. */
    private static final String PLAYERS_COMMAND = "a player's command's reply";

    /** The answer the documents give: a frame type, or "error CODE". */
    private String expected(FrameCase sent, Role role, boolean fresh, String text) {
        if (DocumentedFramesTest.bytes(text) > maxFrameBytes) {
            return "error FRAME_TOO_LARGE";
        }
        if (!sent.valid()) {
            return "error " + sent.fault().code();
        }
        return switch (sent.type()) {
            case "hello" -> fresh ? "welcome" : "error ALREADY_GREETED";
            case "ping" -> "pong";
            case "board" -> role == Role.NONE ? "error HELLO_REQUIRED" : role == Role.HOST ? "page" : "error FORBIDDEN";
            case "buzz", "answer" ->
                role == Role.NONE ? "error HELLO_REQUIRED" : role == Role.PLAYER ? PLAYERS_COMMAND : "error FORBIDDEN";
            default -> role == Role.NONE ? "error HELLO_REQUIRED" : role == Role.HOST ? "ack" : "error FORBIDDEN";
        };
    }

    private void checkDetails(String about, FrameCase sent, Role role, JsonNode got) {
        JsonNode frame = sent.frame();
        switch (got.path("type").asText()) {
            case "pong" -> {
                if (!frame.path("clientTime")
                        .asText()
                        .equals(got.path("clientTime").asText())) {
                    deviations.add(about + ": the pong " + got + " does not echo clientTime");
                }
            }
            case "page" -> {
                long total = got.path("total").asLong();
                long offset = Math.min(frame.path("offset").asLong(0), total);
                long size = Math.min(Math.min(frame.path("limit").asLong(100), 100), total - offset);
                if (got.path("offset").asLong() != offset
                        || got.path("standings").size() != size) {
                    deviations.add(about + ": the page " + got + " is not the one asked for (offset " + offset + ", "
                            + size + " standings)");
                }
            }
            case "welcome" -> {
                if (!got.path("role").asText().equalsIgnoreCase(role.name())) {
                    deviations.add(about + ": the welcome " + got.path("role") + " is not the token's role");
                }
            }
            default -> {}
        }
    }

    /**
     * The first new frame answering this try: naming the id it must echo or the one its text carries (a
     * server that read what it should not have), or with none and not a refusal by match.
     */
    private static Optional<JsonNode> answer(Conn conn, int from, String id, String sentId, boolean playersCommand) {
        try {
            return Optional.of(await().atMost(WAIT)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(2))
                    .until(
                            () -> conn.client.frames().stream()
                                    .skip(from)
                                    .filter(f -> answers(f, id, sentId, playersCommand))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow());
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code playersCommand}: a player's buzz or answer, which its own event or the engine's refusal may
     * answer (protocol v3); a refusal names no message when the buzz named none.
     */
    private static boolean answers(JsonNode frame, String id, String sentId, boolean playersCommand) {
        if ("event".equals(frame.path("type").asText())) {
            if (!playersCommand) {
                return false;
            }
            // A player receives only its own BUZZ_PRESSED; a BUZZER answer's ANSWER_SUBMITTED is public, but
            // tries are sent one at a time, each waiting for its answer.
            String type = frame.path("event").path("type").asText();
            return type.equals("BUZZ_PRESSED") || type.equals("ANSWER_SUBMITTED");
        }
        if (!DocumentedFramesTest.ANSWERS.contains(frame.path("type").asText())) {
            return false;
        }
        String named = frame.path("id").asText(null);
        if (named != null) {
            return named.equals(id) || named.equals(sentId);
        }
        return GATEWAY_CODES.containsAll(codes(frame)) || (playersCommand && id == null && engineRefusal(frame));
    }

    private static Set<String> codes(JsonNode frame) {
        return frame.has("code") ? Set.of(frame.path("code").asText()) : Set.of();
    }

    /** Every frame received validates against its schema; closes only as documented. */
    void finish(List<Conn> connections) {
        for (Conn conn : connections) {
            // As sent: an events frame is validated whole, against its own schema.
            for (JsonNode frame : conn.client.wire()) {
                String type = frame.path("type").asText();
                String schema = type.isEmpty() ? "?" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
                if (!AsyncApiDocument.SCHEMAS.has(schema)) {
                    deviations.add("a server frame of no documented type: " + frame);
                    continue;
                }
                var problems = AsyncApiDocument.validate(schema, frame);
                if (!problems.isEmpty()) {
                    deviations.add("a server frame against its schema " + schema + ": " + problems + " in "
                            + abbreviate(frame.toString()));
                }
            }
            Integer closed = conn.client.closeCode();
            boolean helloTimeout = conn.role == Role.NONE && closed != null && closed == 4001;
            if (closed != null && !conn.left && !helloTimeout) {
                deviations.add("a " + conn.role + " connection was closed (" + closed + ", " + conn.client.closeReason()
                        + ")");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
