package io.buzzline.e2e.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a body the schema admits into one its service accepts, where the rules a schema cannot say would
 * refuse nearly every random one (an answer that is one of the choices, a quest that ends after it starts, a
 * game whose questions the bank holds), so the suite sees creates succeed and not only documented
 * refusals. Deterministic from the generated body, so a seed replays. Everything created lands in
 * {@link #CATEGORY} (or, for generation jobs, {@link #JOBS}), away from the other tests' questions, and
 * quests start in 2099, so nothing created here changes another test's game.
 */
final class Realistic {

    /** The bank category this suite's questions and games use; seeded with questions first. */
    static final String CATEGORY = "contract";
    /** The category of the generation jobs it enqueues (small ones: 1–3 questions). */
    static final String JOBS = "contract-generated";

    private Realistic() {}

    static JsonNode body(String schemaName, JsonNode generated) {
        if (!generated.isObject()) {
            return generated;
        }
        ObjectNode body = (ObjectNode) generated.deepCopy();
        int hash = Math.abs(generated.toString().hashCode() % 1_000_000);
        switch (schemaName) {
            case "QuestionInput" -> question(body, hash);
            case "ImportedQuestion" -> {
                row(body, hash);
                question(body, hash);
            }
            case "GenerationJobRequest" -> {
                body.put("category", JOBS);
                body.put("language", "en");
                body.put("count", 1 + hash % 3);
                body.remove("generator");
            }
            case "QuestInput" -> quest(body, hash);
            case "CreateGameRequest" -> game(body);
            case "QuickPlayRequest", "JoinRequest" -> {
                body.put("nickname", "Contract " + hash % 10_000);
                if (schemaName.equals("QuickPlayRequest")) {
                    body.put("language", "en");
                    body.put("category", CATEGORY);
                }
                if (hash % 4 != 0) {
                    body.remove("playerId");
                    body.remove("credential");
                }
            }
            case "PackRequest" -> pack(body, hash);
            default -> {}
        }
        return body;
    }

    /** A CSV import of {@code rows} (ImportedQuestion objects), as content's export writes one. */
    static String csv(List<JsonNode> rows) {
        StringBuilder csv = new StringBuilder("text,choices,answer,category,difficulty,language,tags,source\n");
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : List.of("text", "choices", "answer", "category", "difficulty", "language")) {
                cells.add(cell(row.path(column)));
            }
            cells.add(cell(row.path("tags")));
            cells.add(cell(row.path("source")));
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }

    private static String cell(JsonNode value) {
        String text;
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            text = String.join("|", items);
        } else {
            text = value.isMissingNode() || value.isNull() ? "" : value.asText();
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * An import row's schema documents its shape only (a broken row is reported, not refused), so the rules
     * QuestionInput's schema states are kept here: a text that is not blank, a difficulty from 1 to 5.
     */
    private static void row(ObjectNode row, int hash) {
        if (row.path("text").asText("").isBlank()) {
            row.put("text", "Contract question " + hash + "?");
        }
        int difficulty = row.path("difficulty").asInt(0);
        if (difficulty < 1 || difficulty > 5) {
            row.put("difficulty", 1 + hash % 5);
        }
    }

    /**
     * The rules a question's schema cannot state: choices distinct regardless of case and the answer among
     * them. (Its text, difficulty, category and tag formats the schema states, so generated ones pass.)
     */
    private static void question(ObjectNode question, int hash) {
        Set<String> distinct = new LinkedHashSet<>();
        question.path("choices").forEach(choice -> {
            String text = choice.asText().strip();
            if (!text.isEmpty() && distinct.stream().noneMatch(text::equalsIgnoreCase)) {
                distinct.add(text);
            }
        });
        for (int i = 1; distinct.size() < 2; i++) {
            distinct.add("Choice " + i);
        }
        ArrayNode choices = question.putArray("choices");
        distinct.stream().limit(6).forEach(choices::add);
        question.put("answer", choices.get(hash % choices.size()).asText());
        question.put("category", CATEGORY);
        question.put("language", "en");
    }

    private static void quest(ObjectNode quest, int hash) {
        LocalDate starts = LocalDate.of(2099, 1, 1).plusDays(hash % 300);
        quest.put("startsOn", starts.toString());
        if (quest.has("endsOn") && !quest.path("endsOn").isNull()) {
            quest.put("endsOn", starts.plusDays(30).toString());
        }
        ObjectNode goal = (ObjectNode) quest.path("goal");
        if (!goal.path("type").asText().equals("CORRECT_ANSWERS")) {
            goal.remove("category");
        }
        if (quest.path("reward").isObject() && quest.path("reward").has("badge")) {
            ((ObjectNode) quest.path("reward")).put("badge", "contract-badge");
        }
    }

    private static void game(ObjectNode game) {
        game.put("language", "en");
        game.putArray("categories").add(CATEGORY);
        game.remove("packId");
        List<JsonNode> kept = new ArrayList<>();
        game.path("rounds").forEach(kept::add);
        ArrayNode rounds = game.putArray("rounds");
        // At most two rounds of at most five questions: the category holds enough for any such game.
        for (JsonNode round : kept.subList(0, Math.min(2, kept.size()))) {
            ObjectNode copy = (ObjectNode) round.deepCopy();
            copy.put("questions", 1 + Math.floorMod(round.path("questions").asInt(5) - 1, 5));
            rounds.add(copy);
        }
    }

    private static void pack(ObjectNode pack, int hash) {
        pack.put("language", "en");
        if (pack.has("categories")) {
            pack.putArray("categories").add(CATEGORY);
        }
        pack.put("count", 1 + hash % 10);
        swap(pack, "difficultyMin", "difficultyMax");
        swap(pack, "successRateMin", "successRateMax");
    }

    /** Puts the lower of two bounds first when both are numbers. */
    private static void swap(ObjectNode body, String low, String high) {
        JsonNode a = body.path(low);
        JsonNode b = body.path(high);
        if (a.isNumber() && b.isNumber() && a.asDouble() > b.asDouble()) {
            body.set(low, b);
            body.set(high, a);
        }
    }
}
