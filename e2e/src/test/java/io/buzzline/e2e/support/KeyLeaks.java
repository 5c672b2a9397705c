package io.buzzline.e2e.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds answer keys in what a client received. A key is always one of its question's choices, and the
 * choices are public (the question as shown, a pack's public representation, the host's distribution of
 * answers), so a key's text may appear where a question's whole choice list is listed and nowhere else:
 * in any other string (a {@code correctAnswer}, an {@code answer}, a sentence, a CSV line) or field name
 * it is a leak. Give questions distinctive choice texts so that a key's text means only that key.
 */
public final class KeyLeaks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A question's id, its key and its choices (the key among them). */
    public record Secret(String questionId, String key, List<String> choices) {}

    private final Map<String, Secret> secrets;
    private final List<Set<String>> choiceLists;

    public KeyLeaks(Collection<Secret> secrets) {
        this.secrets =
                secrets.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Secret::questionId, s -> s));
        this.choiceLists = secrets.stream().map(s -> Set.copyOf(s.choices())).toList();
    }

    public Set<String> questionIds() {
        return secrets.keySet();
    }

    /** The ids of the questions among {@code unrevealed} whose key {@code body} tells. */
    public Set<String> find(String body, Set<String> unrevealed) {
        List<Secret> needles = new ArrayList<>();
        for (String questionId : unrevealed) {
            Secret secret = secrets.get(questionId);
            if (secret != null && body.contains(secret.key())) {
                needles.add(secret);
            }
        }
        if (needles.isEmpty()) {
            return Set.of();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            tree = null;
        }
        Set<String> leaked = new HashSet<>();
        if (tree == null) {
            // Not JSON (a CSV, a page): no structure lists choices, so any occurrence tells the key.
            needles.forEach(secret -> leaked.add(secret.questionId()));
        } else {
            walk(tree, needles, leaked);
        }
        return leaked;
    }

    private void walk(JsonNode node, List<Secret> needles, Set<String> leaked) {
        if (node.isTextual()) {
            needles.stream()
                    .filter(secret -> node.asText().contains(secret.key()))
                    .forEach(secret -> leaked.add(secret.questionId()));
        } else if (node.isArray()) {
            if (!isChoiceList(node)) {
                node.forEach(element -> walk(element, needles, leaked));
            }
        } else if (node.isObject()) {
            Set<String> names = new HashSet<>();
            node.properties().forEach(field -> names.add(field.getKey()));
            // A distribution of answers is keyed by the choices: its names list them all, as choices do.
            boolean namedByChoices = choiceLists.contains(names);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!namedByChoices) {
                    needles.stream()
                            .filter(secret -> field.getKey().contains(secret.key()))
                            .forEach(secret -> leaked.add(secret.questionId()));
                }
                walk(field.getValue(), needles, leaked);
            }
        }
    }

    private boolean isChoiceList(JsonNode array) {
        Set<String> texts = new HashSet<>();
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
            texts.add(element.asText());
        }
        return texts.size() == array.size() && choiceLists.contains(texts);
    }
}
