package io.buzzline.content.generation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a job got: questions stored, candidates rejected, and the rejections counted by reason
 * (e.g. {@code "answer: must be one of the choices"}), so editors see why a generator's output failed.
 */
public record JobProgress(int generated, int rejected, Map<String, Integer> rejections) {

    public static final JobProgress NONE = new JobProgress(0, 0, Map.of());

    public JobProgress {
        rejections = Map.copyOf(rejections);
    }

    public JobProgress stored() {
        return new JobProgress(generated + 1, rejected, rejections);
    }

    public JobProgress refused(String reason) {
        Map<String, Integer> counts = new LinkedHashMap<>(rejections);
        counts.merge(reason, 1, Integer::sum);
        return new JobProgress(generated, rejected + 1, counts);
    }
}
