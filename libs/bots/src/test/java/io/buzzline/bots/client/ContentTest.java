package io.buzzline.bots.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pack's keys are read with the editor's bearer token; a pack read without keys gives none. */
class ContentTest {

    private final List<String> authorizations = new ArrayList<>();
    private HttpServer server;
    private String body;
    private int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/content/packs/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEachQuestionsKeyAsTheEditor() {
        body = """
                {"packId":"pk","questions":[
                  {"questionId":"q1","text":"One?","choices":["A","B"],"correctAnswer":"B"},
                  {"questionId":"q2","text":"Two?","choices":["C","D"],"correctAnswer":"C"}]}""";

        assertThat(content().keys("pk", "editor-token"))
                .containsExactly(java.util.Map.entry("q1", "B"), java.util.Map.entry("q2", "C"));
        assertThat(authorizations).containsExactly("Bearer editor-token");
    }

    @Test
    void aPackWithoutKeysGivesNoKeyAndARefusalIsAnError() {
        body = """
                {"packId":"pk","questions":[{"questionId":"q1","text":"One?","choices":["A","B"]}]}""";
        assertThat(content().keys("pk", "not-an-editor")).isEmpty();

        status = 403;
        body = "{\"status\":403}";
        assertThatThrownBy(() -> content().keys("pk", "not-an-editor")).hasMessageContaining("403");
    }

    private Content content() {
        return new Content(
                HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/content"));
    }
}
