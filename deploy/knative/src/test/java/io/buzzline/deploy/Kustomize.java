package io.buzzline.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Runs {@code kubectl kustomize} on an overlay and parses what it prints. */
final class Kustomize {

    /** deploy/knative, the module directory Maven runs the tests in. */
    static final Path KNATIVE = Path.of("").toAbsolutePath();

    private Kustomize() {}

    static List<String> regions() throws IOException {
        try (Stream<Path> overlays = Files.list(KNATIVE.resolve("overlays"))) {
            return overlays.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    static List<JsonNode> build(String region) throws IOException, InterruptedException {
        String kubectl = System.getenv().getOrDefault("BUZZLINE_KUBECTL", "kubectl");
        Process process;
        try {
            process = new ProcessBuilder(
                            kubectl,
                            "kustomize",
                            KNATIVE.resolve("overlays/" + region).toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "kubectl is needed to build the overlays: install it (Debian:"
                            + " 'apt-get install kubernetes-client') or set BUZZLINE_KUBECTL",
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize overlays/" + region + " failed:\n" + errors);
        }
        try (MappingIterator<JsonNode> documents =
                new YAMLMapper().readerFor(JsonNode.class).readValues(output)) {
            return documents.readAll().stream().filter(node -> !node.isEmpty()).toList();
        }
    }
}
