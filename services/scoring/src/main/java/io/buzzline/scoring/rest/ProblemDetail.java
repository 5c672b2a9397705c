package io.buzzline.scoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 body of every error scoring returns; documents the shape in the OpenAPI document. */
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(
                description = "Identifies the kind of problem",
                examples = "https://buzzline.dev/problems/player-not-found")
        String type,

        @Schema(examples = "Not Found") String title,

        @Schema(minimum = "400", maximum = "599", examples = "404")
        int status,

        @Schema(description = "What went wrong, for a person", examples = "No statistics for player p-1.")
        String detail,

        @Schema(description = "The request path", examples = "/players/p-1/stats")
        String instance) {}
