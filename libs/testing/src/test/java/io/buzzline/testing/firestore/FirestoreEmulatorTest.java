package io.buzzline.testing.firestore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirestoreEmulatorTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void clearDeletesOnlyTheGivenProjectsDocuments() throws Exception {
        try (FirestoreEmulator emulator = FirestoreEmulator.reuseOrStart()) {
            createDocument(emulator, "test-mine");
            createDocument(emulator, "test-theirs");

            emulator.clear("test-mine");

            assertThat(listDocuments(emulator, "test-mine")).doesNotContain("\"name\"");
            assertThat(listDocuments(emulator, "test-theirs")).contains("\"name\"");
            emulator.clear("test-theirs");
        }
    }

    private void createDocument(FirestoreEmulator emulator, String project) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(documents(emulator, project))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"a\":{\"stringValue\":\"b\"}}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String listDocuments(FirestoreEmulator emulator, String project) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(documents(emulator, project)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static URI documents(FirestoreEmulator emulator, String project) {
        return URI.create(
                "http://" + emulator.host() + "/v1/projects/" + project + "/databases/(default)/documents/things");
    }
}
