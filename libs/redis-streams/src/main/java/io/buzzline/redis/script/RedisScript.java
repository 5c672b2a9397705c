package io.buzzline.redis.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}), sent whole once when Redis does not know it yet (a
 * restart, a flush, a fail-over answer {@code NOSCRIPT}, and {@code EVAL} loads it). The one script runner of
 * match, scoring and the lobby, so the script text is not sent and hashed on every call.
 */
public record RedisScript(String source, String sha) {

    public static RedisScript of(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return new RedisScript(source, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the Java platform", e);
        }
    }

    public Uni<Response> run(Redis redis, List<String> keys, List<String> args) {
        return run(redis::send, keys, args);
    }

    /** Runs the script through {@code sender} (a pooled client or a pipelined connection). */
    public Uni<Response> run(Function<Request, Uni<Response>> sender, List<String> keys, List<String> args) {
        return sender.apply(request(Command.EVALSHA, sha, keys, args))
                .onFailure(e -> String.valueOf(e.getMessage()).startsWith("NOSCRIPT"))
                .recoverWithUni(() -> sender.apply(request(Command.EVAL, source, keys, args)));
    }

    private static Request request(Command command, String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return request;
    }
}
