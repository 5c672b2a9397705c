package io.buzzline.testing.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST operation of a service declares who may call it (docs/security.md): each resource method of
 * the service's own classes carries, itself or through its class, {@code @RolesAllowed}, {@code @PermitAll},
 * {@code @DenyAll} or {@code @Authenticated}. An operation added without a declaration fails here, before it
 * can be served to anyone by default. A service's test extends this and names its package.
 */
public abstract class RoleDeclarationsContract {

    private static final Set<String> DECLARATIONS = Set.of(
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated");

    /** The service's root package, e.g. {@code io.buzzline.content}. */
    protected abstract String rootPackage();

    @Test
    void everyOperationDeclaresWhoMayCallIt() {
        List<Method> operations = operations();
        assertFalse(operations.isEmpty(), "no JAX-RS operation found under " + rootPackage());
        List<String> undeclared = operations.stream()
                .filter(method -> !declared(method) && !declared(method.getDeclaringClass()))
                .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
                .sorted()
                .toList();
        assertTrue(
                undeclared.isEmpty(),
                () -> "operations without @RolesAllowed/@PermitAll/@DenyAll/@Authenticated: " + undeclared);
    }

    private List<Method> operations() {
        List<Method> operations = new ArrayList<>();
        for (Class<?> type : classes()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && isOperation(method)) {
                    operations.add(method);
                }
            }
        }
        return operations;
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(annotation -> Arrays.stream(
                        annotation.annotationType().getAnnotations())
                .anyMatch(meta -> meta.annotationType().getName().equals("jakarta.ws.rs.HttpMethod")));
    }

    private static boolean declared(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> DECLARATIONS.contains(type.getName()));
    }

    /** The service's main classes (REST clients are interfaces and are skipped: they call, not serve). */
    private List<Class<?>> classes() {
        String folder = rootPackage().replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL root : Collections.list(getClass().getClassLoader().getResources(folder))) {
                if (root.getProtocol().equals("file") && !root.getPath().contains("/test-classes/")) {
                    classes.addAll(classesUnder(Path.of(root.toURI())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private List<Class<?>> classesUnder(Path base) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> rootPackage() + "."
                            + base.relativize(file)
                                    .toString()
                                    .replace(".class", "")
                                    .replace(java.io.File.separatorChar, '.'))
                    .map(this::load)
                    .filter(type -> !type.isInterface())
                    .toList();
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
