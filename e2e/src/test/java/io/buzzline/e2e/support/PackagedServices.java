package io.buzzline.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.buzzline.testing.process.ServiceProcess;

/**
 * A copy of each service's packaged {@code quarkus-app} under {@code target/services/}, taken once per
 * run: a rebuild of a service while the tests run (other modules build on the same checkout) would
 * otherwise swap the libraries under running processes and under the ones a test restarts.
 */
final class PackagedServices {

    private static final List<String> SERVICES = List.of("gateway", "lobby", "match", "scoring", "content", "profile");

    private final Map<String, Path> jars = new HashMap<>();

    PackagedServices() {
        Path root = Path.of("target", "services").toAbsolutePath();
        for (String service : SERVICES) {
            Path source = ServiceProcess.packagedJar(service).getParent();
            Path copy = root.resolve(service);
            delete(copy);
            copyTree(source, copy);
            jars.put(service, copy.resolve("quarkus-run.jar"));
        }
    }

    Path jar(String service) {
        return jars.get(service);
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
