package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 18's findings as explicit requests, each with the answer the documents promise for it, sent through
 * the real edge (or to the service where the edge does not serve it) of the run's platform: every finding of
 * its "What a QA engineer meets today" that a REST request can show, and the rules and lengths it left.
 * e2e/README's table maps each finding to its seed here, in a module's BadInputContractTest or in the gateway's
 * DocumentedFramesTest.
 */
final class Findings {

    /** What a finding's answer must be; null members are not checked. */
    record Expect(int status, String problem, String field, String in, String locationPrefix, String detailContains) {}

    /**
     * One finding's request. {@code service} names the document (and, off the edge, the process); {@code edge}
     * sends it through gateway-a under the service's edge prefix; {@code editor} signs it with an editor token.
     * {@code stated}, when not null, is a JSON pointer into the service's served document and the text it
     * must hold there (a rule the document states for the suite to read).
     */
    record Finding(
            String name,
            String service,
            boolean edge,
            String method,
            String path,
            boolean editor,
            Map<String, String> headers,
            String contentType,
            String body,
            Expect expect,
            String[] stated) {

        @Override
        public String toString() {
            return name + ": " + method + " " + (edge ? "edge " : "") + (service == null ? "" : service + " ") + path;
        }
    }

    static final String EMOJI = "\uD83D\uDE00";
    static final String GAME = "{\"rounds\":[{\"mode\":\"CLASSIC\",\"questions\":3,\"timeLimitSeconds\":20}],"
            + "\"maxPlayers\":10,\"language\":\"en\",\"categories\":[\"" + Realistic.CATEGORY
            + "\"],\"publicGame\":false}";
    static final String QUICK =
            "{\"nickname\":\"Ada\",\"language\":\"en\",\"category\":\"" + Realistic.CATEGORY + "\"}";
    static final String JOB =
            "{\"category\":\"" + Realistic.JOBS + "\",\"difficulty\":2,\"language\":\"en\",\"count\":1}";

    private Findings() {}

    static List<Finding> all() {
        List<Finding> all = new ArrayList<>();
        // Accepted
        all.add(game("trailing garbage after the JSON", GAME + " garbage", bad(400, "malformed-json", null)));
        all.add(game(
                "maxPlayers: 1.5",
                GAME.replace("\"maxPlayers\":10", "\"maxPlayers\":1.5"),
                body(400, "wrong-json-type", "maxPlayers")));
        all.add(lobby(
                "a number as nickname",
                "/quickplay",
                QUICK.replace("\"Ada\"", "5"),
                body(400, "wrong-json-type", "nickname")));
        all.add(game(
                "unknown fields",
                GAME.replace("{\"rounds\"", "{\"colour\":\"red\",\"rounds\""),
                body(400, "unknown-field", "colour")));
        all.add(new Finding(
                "no Content-Type",
                "lobby",
                true,
                "POST",
                "/games",
                false,
                Map.of(),
                null,
                GAME,
                bad(415, "unsupported-media-type", null),
                null));
        all.add(game(
                "an unknown packId: 422 at create, no game",
                GAME.replace("{\"rounds\"", "{\"packId\":\"no-such-pack\",\"rounds\""),
                bad(422, "unknown-pack", null)));
        all.add(content(
                "import?dryRun=yes runs no import",
                "POST",
                "/questions/import?dryRun=yes",
                "application/json",
                "[" + question("Seed dry run yes?") + "]",
                new Expect(400, "invalid-request", "dryRun", "query", null, null)));
        all.add(content(
                "cursor=%00%ff",
                "GET",
                "/questions?cursor=%00%ff",
                null,
                null,
                new Expect(400, "invalid-request", "cursor", "query", null, null)));
        // Wrong status
        all.add(game(
                "categories absent: any category",
                GAME.replace(",\"categories\":[\"" + Realistic.CATEGORY + "\"]", ""),
                created("/api/lobby/games/")));
        all.add(game(
                "categories empty: any category",
                GAME.replace("[\"" + Realistic.CATEGORY + "\"]", "[]"),
                created("/api/lobby/games/")));
        all.add(game(
                "maxPlayers, questions, timeLimitSeconds absent: their defaults",
                "{\"rounds\":[{\"mode\":\"BUZZER\"}],\"language\":\"en\",\"categories\":[\"" + Realistic.CATEGORY
                        + "\"]}",
                created("/api/lobby/games/")));
        all.add(content(
                "a generation job without difficulty (documented as required)",
                "POST",
                "/generation/jobs",
                "application/json",
                JOB.replace("\"difficulty\":2,", ""),
                body(400, "invalid-request", "difficulty")));
        all.add(new Finding(
                "limit=abc (scoring)",
                "scoring",
                false,
                "GET",
                "/leaderboards/global/daily?limit=abc",
                false,
                Map.of(),
                null,
                null,
                new Expect(400, "invalid-request", "limit", "query", null, null),
                null));
        all.add(new Finding(
                "limit=abc (lobby, at the edge)",
                "lobby",
                true,
                "GET",
                "/games?limit=abc",
                false,
                Map.of(),
                null,
                null,
                new Expect(400, "invalid-request", "limit", "query", null, null),
                null));
        all.add(content(
                "CSV garbage to an import dry-run",
                "POST",
                "/questions/import?dryRun=true",
                "text/csv",
                "text,text\n\"a\"b,\u0000\u00ff\n",
                bad(400, "unreadable-import", null)));
        // Not problem+json
        all.add(game("a JSON array body", "[" + GAME + "]", body(400, "wrong-json-type", "$")));
        all.add(content(
                "wrong types on POST /questions",
                "POST",
                "/questions",
                "application/json",
                question("Seed wrong type?").replace("\"difficulty\":2", "\"difficulty\":\"2\""),
                body(400, "wrong-json-type", "difficulty")));
        all.add(content(
                "wrong types on a generation job",
                "POST",
                "/generation/jobs",
                "application/json",
                JOB.replace("\"count\":1", "\"count\":\"1\""),
                body(400, "wrong-json-type", "count")));
        all.add(game("413 is a problem", "{\"x\":\"" + "a".repeat(70_000) + "\"}", bad(413, "body-too-large", null)));
        all.add(edge(
                "POST to /api/content/packs, which the edge does not serve",
                "POST",
                "/api/content/packs",
                404,
                "not-found"));
        all.add(edge("PUT on /api/content/**", "PUT", "/api/content/questions", 405, "method-not-allowed"));
        all.add(edge("DELETE on /api/content/**", "DELETE", "/api/content/questions", 405, "method-not-allowed"));
        all.add(edge("an unknown /api route", "GET", "/api/nothing", 404, "not-found"));
        all.add(edge("POST to an unknown /api route", "POST", "/api/nothing/here", 404, "not-found"));
        all.add(game(
                "malformed JSON says where",
                GAME.substring(0, 30),
                new Expect(400, "malformed-json", null, null, null, "line 1")));
        all.add(game(
                "a Jackson enum error names no Java class",
                GAME.replace("CLASSIC", "FAST"),
                body(400, "wrong-json-type", "rounds[0].mode")));
        all.add(game("the edge's Location is the edge's (lobby)", GAME, created("/api/lobby/games/")));
        all.add(content(
                "the edge's Location is the edge's (content)",
                "POST",
                "/questions",
                "application/json",
                question("Seed location at the edge?"),
                created("/api/content/questions/")));
        // Lengths counted in code points, as JSON Schema's maxLength counts them
        all.add(lobby(
                "40 emoji as nickname: within maxLength 40, refused by the nickname rules, no game left",
                "/quickplay",
                QUICK.replace("Ada", EMOJI.repeat(40)),
                bad(422, "nickname-rejected", null)));
        all.add(lobby(
                "41 emoji as nickname: over maxLength 40",
                "/quickplay",
                QUICK.replace("Ada", EMOJI.repeat(41)),
                body(400, "invalid-request", "nickname")));
        all.add(content(
                "a question text of 300 emoji (maxLength 300)",
                "POST",
                "/questions",
                "application/json",
                question(EMOJI.repeat(300)),
                created("/api/content/questions/")));
        all.add(content(
                "a question text of 301 emoji",
                "POST",
                "/questions",
                "application/json",
                question(EMOJI.repeat(301)),
                body(400, "invalid-request", "text")));
        // The rules no JSON Schema states
        all.add(new Finding(
                "defaultLanguage not among languages (x-buzzline-rules), even with a stale If-Match",
                "content",
                true,
                "PUT",
                "/config/languages",
                true,
                Map.of("If-Match", "\"0\""),
                "application/json",
                "{\"languages\":[{\"code\":\"en\",\"name\":\"English\"}],\"defaultLanguage\":\"fr\"}",
                body(400, "invalid-request", "defaultLanguage"),
                new String[] {"/components/schemas/LanguageList/x-buzzline-rules/0/field", "defaultLanguage"}));
        all.add(new Finding(
                "a language listed twice (x-buzzline-rules unique)",
                "content",
                true,
                "PUT",
                "/config/languages",
                true,
                Map.of("If-Match", "\"0\""),
                "application/json",
                "{\"languages\":[{\"code\":\"en\",\"name\":\"English\"},{\"code\":\"en\",\"name\":\"Again\"}],"
                        + "\"defaultLanguage\":\"en\"}",
                body(400, "invalid-request", "languages[1].code"),
                new String[] {"/components/schemas/LanguageList/x-buzzline-rules/1/field", "languages[].code"}));
        all.add(new Finding(
                "a history offset that is no multiple of limit is a place like any other",
                "scoring",
                false,
                "GET",
                "/players/p_contract00000000/games?limit=10&offset=5",
                false,
                Map.of(),
                null,
                null,
                new Expect(200, null, null, null, null, null),
                null));
        return all;
    }

    private static String question(String text) {
        return "{\"text\":\"" + text + "\",\"choices\":[\"Alpha\",\"Beta\"],\"answer\":\"Beta\",\"category\":\""
                + Realistic.CATEGORY + "\",\"difficulty\":2,\"language\":\"en\"}";
    }

    private static Finding game(String name, String body, Expect expect) {
        return lobby(name, "/games", body, expect);
    }

    private static Finding lobby(String name, String path, String body, Expect expect) {
        return new Finding(name, "lobby", true, "POST", path, false, Map.of(), "application/json", body, expect, null);
    }

    private static Finding content(
            String name, String method, String path, String contentType, String body, Expect expect) {
        return new Finding(name, "content", true, method, path, true, Map.of(), contentType, body, expect, null);
    }

    /** A request to the edge outside any document's operations: {@code path} is the whole path. */
    private static Finding edge(String name, String method, String path, int status, String problem) {
        boolean get = method.equals("GET");
        return new Finding(
                name,
                null,
                true,
                method,
                path,
                true,
                Map.of(),
                get ? null : "application/json",
                get ? null : "{}",
                bad(status, problem, null),
                null);
    }

    private static Expect bad(int status, String problem, String field) {
        return new Expect(status, problem, field, field == null ? null : "body", null, null);
    }

    private static Expect body(int status, String problem, String field) {
        return bad(status, problem, field);
    }

    private static Expect created(String locationPrefix) {
        return new Expect(201, null, null, null, locationPrefix, null);
    }
}
