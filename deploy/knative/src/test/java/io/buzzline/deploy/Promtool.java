package io.buzzline.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs Prometheus' promtool on PromQL the manifests carry: Prometheus' own parser is the judge of valid PromQL,
 * and promtool has no command for a bare expression, so each becomes a recording rule of a throw-away rule file
 * that {@code promtool check rules} parses. promtool comes with Debian's {@code prometheus} package, which
 * scripts/tests/observability-test.sh installs when run as root.
 */
final class Promtool {

    /** What promtool answered: its exit code and everything it printed. */
    record Result(int exitCode, String output) {

        boolean valid() {
            return exitCode == 0;
        }
    }

    private Promtool() {}

    /** Checks {@code expressions} (record name → PromQL) as the recording rules of one group. */
    static Result checkRules(Map<String, String> expressions) throws IOException, InterruptedException {
        ArrayNode rules = JsonNodeFactory.instance.arrayNode();
        expressions.forEach(
                (record, expression) -> rules.addObject().put("record", record).put("expr", expression));
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.putArray("groups").addObject().put("name", "deploy-knative").set("rules", rules);
        Path rulesFile = Files.createTempFile("buzzline-deploy-knative-", ".rules.yml");
        try {
            new YAMLMapper().writeValue(rulesFile.toFile(), file);
            return run("check", "rules", rulesFile.toString());
        } finally {
            Files.deleteIfExists(rulesFile);
        }
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        String promtool = System.getenv().getOrDefault("BUZZLINE_PROMTOOL", "promtool");
        String[] command = new String[arguments.length + 1];
        command[0] = promtool;
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "promtool is needed to check the autoscaling queries: install it (Debian: 'apt-get install"
                            + " prometheus', which scripts/tests/observability-test.sh does as root) or set"
                            + " BUZZLINE_PROMTOOL",
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
