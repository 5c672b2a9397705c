package io.buzzline.e2e.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.buzzline.e2e.contract.ContractCase.Access;
import io.buzzline.e2e.contract.ContractCase.Caller;
import io.buzzline.e2e.support.Tokens;

/**
 * Sends a {@link ContractCase} exactly as generated (HTTP/1.1, so no upgrade header changes it) with the
 * token its caller carries. Tokens are signed once per caller and again after five minutes, as they live
 * ten: an RSA signature per request would cost more than most answers.
 */
final class Sender implements AutoCloseable {

    /** What came back; {@code location} is the Location header, null if none. */
    record Answer(int status, String contentType, String body, String location) {}

    /** Shaped like a token, signed by no key of ours. */
    private static final String FORGED = "eyJhbGciOiJSUzI1NiIsImtpZCI6InRva2VuLTEifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    private static final long TOKEN_REUSE_NANOS = Duration.ofMinutes(5).toNanos();

    private record Signed(String token, long at) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Tokens tokens;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    Sender(Tokens tokens) {
        this.tokens = tokens;
    }

    Answer send(ContractCase request) {
        return send(
                request.method(),
                request.uri(),
                request.headers(),
                request.contentType(),
                request.body(),
                request.caller());
    }

    /** Sends one request as given: no Content-Type header when {@code contentType} is null, no body when null. */
    Answer send(String method, URI uri, Map<String, String> headers, String contentType, String body, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        authorization(caller).ifPresent(value -> builder.header("Authorization", value));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("content-type").orElse(null),
                    response.body(),
                    response.headers().firstValue("location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization header {@code caller} sends, signed with the run's keys. */
    Optional<String> authorization(Caller caller) {
        if (caller.access() == Access.FORGED) {
            return Optional.of("Bearer " + FORGED);
        }
        if (caller.role() == null || caller.access() == Access.ANONYMOUS) {
            return Optional.empty();
        }
        String key = caller.role() + "/" + caller.gameId() + "/" + caller.subject();
        Signed token = signed.compute(
                key,
                (k, old) -> old != null && System.nanoTime() - old.at() < TOKEN_REUSE_NANOS
                        ? old
                        : new Signed(sign(caller), System.nanoTime()));
        return Optional.of("Bearer " + token.token());
    }

    private String sign(Caller caller) {
        return caller.gameId() == null
                ? tokens.staff(caller.role(), "contract-" + caller.role())
                : tokens.game(caller.role(), caller.gameId(), caller.subject());
    }

    @Override
    public void close() {
        http.close();
    }
}
