package io.buzzline.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The GET operations a service's served OpenAPI document lists, as the gateway's edge serves them (its
 * prefix in front: {@code /api/content/packs/{packId}}), so a test covers every route without a hand
 * list: a route added to a service is probed the day it is served.
 */
public final class EdgeRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One parameter of an operation: where it goes, whether it is required, its type and enum values. */
    public record Param(String name, String in, boolean required, String type, List<String> values) {}

    /** A GET operation: its path at the edge, with its {@code {placeholders}}, and its parameters. */
    public record Route(String path, List<Param> params) {

        /** The URL under {@code base} with each parameter valued by {@code value} (empty: left out). */
        public URI uri(URI base, Function<Param, Optional<String>> value) {
            String filled = path;
            StringBuilder query = new StringBuilder();
            for (Param param : params) {
                Optional<String> given = value.apply(param);
                if (param.in().equals("path")) {
                    filled = filled.replace(
                            "{" + param.name() + "}",
                            encode(given.orElse("none")).replace("+", "%20"));
                } else if (param.in().equals("query") && given.isPresent()) {
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(encode(param.name()))
                            .append('=')
                            .append(encode(given.get()));
                }
            }
            return URI.create(base.toString().replaceAll("/+$", "") + filled + query);
        }
    }

    private EdgeRoutes() {}

    /** The GET routes of the service at {@code serviceUrl}, read from its {@code /q/openapi}, under {@code prefix}. */
    public static List<Route> served(HttpClient http, String serviceUrl, String prefix) {
        JsonNode document = document(http, serviceUrl);
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            List<Param> params = new ArrayList<>();
            List<JsonNode> declared = new ArrayList<>();
            path.getValue().path("parameters").forEach(declared::add);
            get.path("parameters").forEach(declared::add);
            for (JsonNode param : declared) {
                JsonNode resolved = resolve(document, param);
                JsonNode schema = resolve(document, resolved.path("schema"));
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(value -> values.add(value.asText()));
                params.add(new Param(
                        resolved.path("name").asText(),
                        resolved.path("in").asText(),
                        resolved.path("required").asBoolean(false),
                        schema.path("type").asText("string"),
                        List.copyOf(values)));
            }
            routes.add(new Route(prefix + path.getKey(), List.copyOf(params)));
        }
        return List.copyOf(routes);
    }

    private static JsonNode document(HttpClient http, String serviceUrl) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(serviceUrl + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(serviceUrl + "/q/openapi answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(serviceUrl + "/q/openapi is not readable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a local {@code $ref} ({@code #/components/...}), as the served documents use for shared schemas. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 8; hops++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
