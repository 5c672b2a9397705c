package io.buzzline.problems;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * Turns Bean Validation failures into violations that say where the field is (body, path, query,
 * header) under the name the client sent, not the Java method and parameter names.
 */
final class Violations {

    private Violations() {}

    static List<Problem.Violation> of(Iterable<ConstraintViolation<?>> violations, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<Problem.Violation> result = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            result.add(of(violation, method));
        }
        result.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return result;
    }

    static boolean isReturnValue(Iterable<ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    static String detail(List<Problem.Violation> violations) {
        return "The request is invalid: "
                + violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "))
                + ".";
    }

    private static Problem.Violation of(ConstraintViolation<?> violation, Method method) {
        String in = "body";
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {}
                case PARAMETER -> {
                    Parameter parameter = parameter(method, node);
                    in = parameter == null ? "body" : location(parameter);
                    if (!in.equals("body")) {
                        field.append(name(parameter));
                    }
                }
                case PROPERTY, CONTAINER_ELEMENT -> append(field, node);
            }
        }
        return new Problem.Violation(field.isEmpty() ? "$" : field.toString(), in, violation.getMessage());
    }

    private static void append(StringBuilder field, Path.Node node) {
        // Bean Validation puts a list index on the node after the list; JSON puts it on the list.
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
    }

    private static Parameter parameter(Method method, Path.Node node) {
        if (method == null) {
            return null;
        }
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        Parameter[] parameters = method.getParameters();
        return index < parameters.length ? parameters[index] : null;
    }

    private static String location(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return "query";
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return "path";
        }
        return parameter.isAnnotationPresent(HeaderParam.class) ? "header" : "body";
    }

    private static String name(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return parameter.getAnnotation(PathParam.class).value();
        }
        return parameter.getAnnotation(HeaderParam.class).value();
    }
}
