package io.buzzline.e2e.contract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.buzzline.e2e.contract.Findings.Expect;
import io.buzzline.e2e.contract.Findings.Finding;
import io.buzzline.e2e.contract.Sender.Answer;
import io.buzzline.testing.contract.DocumentedOperation;
import io.buzzline.testing.contract.OpenApiDocument;
import io.buzzline.testing.problems.ProblemAssertions;

/**
 * How the answer to one of issue 18's findings breaks what it must be: its exact status, a status its
 * operation documents, every error an RFC 9457 problem of the expected type naming the expected field, a
 * Location on the edge (never an internal address), and the rule the document must state for it.
 */
final class FindingOracle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingOracle() {}

    static List<String> deviations(
            Finding finding,
            Answer answer,
            Optional<DocumentedOperation> operation,
            URI sentTo,
            Map<String, OpenApiDocument> documents) {
        List<String> deviations = new ArrayList<>();
        Expect expect = finding.expect();
        if (answer.status() != expect.status()) {
            deviations.add("status " + answer.status() + ", not " + expect.status());
        }
        operation.ifPresent(o -> {
            if (!o.statuses().contains(answer.status())) {
                deviations.add("status " + answer.status() + " is not among " + o.name() + "'s " + o.statuses());
            }
        });
        if (answer.status() >= 400) {
            deviations.addAll(ProblemAssertions.deviations(answer.status(), answer.contentType(), answer.body()));
            JsonNode problem = json(answer.body());
            String type = problem.path("type").asText("");
            if (expect.problem() != null && !type.equals("https://buzzline.dev/problems/" + expect.problem())) {
                deviations.add("problem type " + type + ", not " + expect.problem());
            }
            if (expect.field() != null && !names(problem, expect.field(), expect.in())) {
                deviations.add("no violation of " + expect.in() + " field " + expect.field());
            }
            if (expect.detailContains() != null
                    && !problem.path("detail").asText("").contains(expect.detailContains())) {
                deviations.add(
                        "the detail does not say where (" + expect.detailContains() + "): " + problem.path("detail"));
            }
        }
        if (expect.locationPrefix() != null) {
            location(answer.location(), expect.locationPrefix(), sentTo).ifPresent(deviations::add);
        }
        if (finding.stated() != null) {
            String stated = documents
                    .get(finding.service())
                    .json()
                    .at(finding.stated()[0])
                    .asText("");
            if (!stated.equals(finding.stated()[1])) {
                deviations.add("the document does not state the rule: " + finding.stated()[0] + " is '" + stated
                        + "', not '" + finding.stated()[1] + "'");
            }
        }
        return deviations;
    }

    /** Why a Location is not one on the edge the request went through; empty when it is. */
    private static Optional<String> location(String location, String prefix, URI sentTo) {
        if (location == null) {
            return Optional.of("no Location header");
        }
        URI uri = URI.create(location);
        if (uri.getHost() != null && (!uri.getHost().equals(sentTo.getHost()) || uri.getPort() != sentTo.getPort())) {
            return Optional.of("Location " + location + " is not the edge's address " + sentTo.getAuthority());
        }
        if (uri.getPath() == null || !uri.getPath().startsWith(prefix)) {
            return Optional.of("Location " + location + " is not under " + prefix);
        }
        return Optional.empty();
    }

    private static boolean names(JsonNode problem, String field, String in) {
        for (JsonNode violation : problem.path("violations")) {
            if (violation.path("field").asText().equals(field)
                    && violation.path("in").asText().equals(in)
                    && !violation.path("message").asText("").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.createObjectNode() : node;
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
