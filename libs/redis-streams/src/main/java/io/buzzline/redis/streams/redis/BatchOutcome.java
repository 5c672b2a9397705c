package io.buzzline.redis.streams.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.mutiny.redis.client.Response;

/** The outcome of one command of a pipelined batch: its reply, or why it failed. */
public record BatchOutcome(Response reply, Throwable failure) {

    /**
     * One line of a failed batch's error: the Vert.x client (4.5) reports a batch in which some commands
     * failed only once every reply is in, as one error listing each failed command as {@code ERR [index]...}.
     */
    private static final Pattern FAILED_COMMAND = Pattern.compile("ERR \\[(\\d+)](.*)");

    public boolean succeeded() {
        return failure == null;
    }

    static List<BatchOutcome> succeeded(List<Response> replies) {
        List<BatchOutcome> outcomes = new ArrayList<>(replies.size());
        replies.forEach(reply -> outcomes.add(new BatchOutcome(reply, null)));
        return outcomes;
    }

    /**
     * Outcomes of a batch that failed. When the error names exactly which commands failed, the others
     * were answered normally and succeed (their replies are lost, so empty); when it cannot be read that
     * way (lost connection, timeout, full queue), every command fails: never reported done unless Redis
     * said so.
     */
    static List<BatchOutcome> failed(Throwable failure, int size) {
        List<BatchOutcome> outcomes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            outcomes.add(new BatchOutcome(null, null));
        }
        String[] lines = String.valueOf(failure.getMessage()).split("\\R");
        List<Integer> failedIndexes = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = FAILED_COMMAND.matcher(line);
            int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
            if (index < 0 || index >= size) {
                outcomes.replaceAll(ignored -> new BatchOutcome(null, failure));
                return outcomes;
            }
            failedIndexes.add(index);
            reasons.add(matcher.group(2).strip());
        }
        for (int i = 0; i < failedIndexes.size(); i++) {
            outcomes.set(failedIndexes.get(i), new BatchOutcome(null, new RedisCommandException(reasons.get(i))));
        }
        return outcomes;
    }

    /** Redis answered one command of a batch with this error. */
    public static final class RedisCommandException extends RuntimeException {

        RedisCommandException(String message) {
            super(message);
        }
    }
}
