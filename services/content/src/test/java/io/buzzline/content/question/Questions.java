package io.buzzline.content.question;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data: valid question bodies in categories of their own, so tests never see each other's rows. */
public final class Questions {

    private Questions() {}

    /** A category no other test uses. */
    public static String freshCategory() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> body(String text, String category, int difficulty) {
        return Map.of(
                "text",
                text,
                "choices",
                List.of("Alpha", "Beta", "Gamma", "Delta"),
                "answer",
                "Beta",
                "category",
                category,
                "difficulty",
                difficulty,
                "language",
                "en",
                "tags",
                List.of("test"));
    }
}
