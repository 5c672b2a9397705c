package io.buzzline.redis.script;

import java.util.List;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.buzzline.redis.OwnRedis;

import static io.buzzline.redis.OwnRedis.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one script runner of the services against a real redis-server of its own (it flushes the script
 * cache, which a shared Redis must not see): a script Redis does not know (a restart, a flush, a
 * fail-over) is sent whole once, then run by its hash; a script's own error reaches the caller as
 * such.
 */
class RedisScriptTest {

    @RegisterExtension
    static final OwnRedis OWN = new OwnRedis();

    @Test
    void aScriptRedisDoesNotKnowIsSentWholeOnceThenRunByItsHash() {
        RedisScript script = RedisScript.of("return {KEYS[1], ARGV[1]}");
        send(Request.cmd(Command.SCRIPT).arg("FLUSH"));
        assertThat(known(script)).as("after a flush").isFalse();

        assertThat(values(script.run(OWN.client(), List.of("k"), List.of("v"))
                        .await()
                        .atMost(WAIT)))
                .containsExactly("k", "v");
        assertThat(known(script))
                .as("loaded by the EVAL that answered NOSCRIPT")
                .isTrue();
        assertThat(values(script.run(OWN.client(), List.of("k2"), List.of("v2"))
                        .await()
                        .atMost(WAIT)))
                .containsExactly("k2", "v2");

        // As after a restart or a fail-over to a replica that never saw it.
        send(Request.cmd(Command.SCRIPT).arg("FLUSH"));
        assertThat(values(script.run(OWN.client(), List.of("k3"), List.of("v3"))
                        .await()
                        .atMost(WAIT)))
                .containsExactly("k3", "v3");
    }

    @Test
    void aScriptsOwnErrorReachesTheCaller() {
        RedisScript increment = RedisScript.of("return redis.call('INCR', KEYS[1])");
        send(Request.cmd(Command.SET).arg("text").arg("not a number"));

        assertThatThrownBy(() -> increment
                        .run(OWN.client(), List.of("text"), List.of())
                        .await()
                        .atMost(WAIT))
                .hasMessageContaining("not an integer");
        assertThat(send(Request.cmd(Command.GET).arg("text")).toString()).isEqualTo("not a number");
    }

    @Test
    void theHashIsRedissOwn() {
        RedisScript script = RedisScript.of("return 1");
        Response loaded = send(Request.cmd(Command.SCRIPT).arg("LOAD").arg(script.source()));
        assertThat(loaded.toString()).isEqualTo(script.sha());
    }

    private static boolean known(RedisScript script) {
        return send(Request.cmd(Command.SCRIPT).arg("EXISTS").arg(script.sha()))
                        .get(0)
                        .toInteger()
                == 1;
    }

    private static Response send(Request request) {
        return OWN.send(request);
    }

    private static List<String> values(Response reply) {
        List<String> values = new java.util.ArrayList<>();
        reply.forEach(part -> values.add(part.toString()));
        return values;
    }
}
