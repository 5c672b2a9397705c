package io.buzzline.lobby.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.Roles;
import io.buzzline.security.RsaKeys;
import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.process.ContentProcess;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Redis under a key prefix of its own (as {@link RedisTestResource}, so {@code @InjectRedis} works) and
 * the real, packaged content service as a process on a Firestore project and a PostgreSQL schema of
 * this run's own, its bank seeded with {@link #SEEDED_QUESTIONS} English questions over two categories
 * through its REST API as an editor. It brings the run's token keys itself (content must trust the keys the
 * test signs with), so a test using it declares no {@link TokenKeysTestResource} of its own. No match runs: the lobby's commands stay queued in the stream. The jar is
 * services/content/target/quarkus-app (the lobby's pom makes the reactor build content first); its
 * output goes to target/content-under-lobby-test-*.log.
 */
public class ContentServiceTestResource extends RedisTestResource {

    /** English questions in the seeded bank: more than a quick-play game (2 rounds of 5) needs. */
    public static final int SEEDED_QUESTIONS = 12;

    private final TokenKeysTestResource keys = new TokenKeysTestResource();
    private ContentProcess content;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(keys.start());
        content = ContentProcess.start("content-under-lobby-test-" + TestEnvironment.uniqueId(), config);
        seed(editor(config));
        config.put("quarkus.rest-client.content.url", content.url());
        return config;
    }

    /** An editor's Authorization header, signed with this run's service key as scripts/token signs one. */
    private static String editor(Map<String, String> config) {
        JwtSigner signer = new JwtSigner(
                RsaKeys.privateKey(Path.of(config.get(TokenKeysTestResource.SERVICE_KEY_PROPERTY))),
                TokenKeysTestResource.SERVICE_KEY_ID);
        return TestTokens.bearer(signer.sign(TestTokens.claims("editor@lobby-test", Roles.EDITOR)));
    }

    private void seed(String editor) {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < SEEDED_QUESTIONS; i++) {
            String category = i % 2 == 0 ? "history" : "science";
            String question = """
                    {"text":"Seeded question %d?","choices":["Alpha","Beta","Gamma"],"answer":"Beta",\
                    "category":"%s","difficulty":%d,"language":"en","source":"test"}""".formatted(i, category, 1 + i % 5);
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(content.url() + "/questions"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", editor)
                                .POST(HttpRequest.BodyPublishers.ofString(question))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(
                            "content refused a seed question: " + response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot seed content at " + content.url(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void stop() {
        if (content != null) {
            content.close();
        }
        keys.stop();
        super.stop();
    }
}
