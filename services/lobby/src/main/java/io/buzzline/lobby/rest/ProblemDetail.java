package io.buzzline.lobby.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 body of every error the lobby returns; documents the shape in the OpenAPI document. */
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(description = "Identifies the kind of problem", examples = "https://buzzline.dev/problems/game-full")
        String type,

        @Schema(examples = "Conflict") String title,

        @Schema(minimum = "400", maximum = "599", examples = "409")
        int status,

        @Schema(description = "What went wrong, for a person", examples = "This game is full.")
        String detail,

        @Schema(description = "The request path", examples = "/codes/K7M2QX/players")
        String instance,

        @Schema(description = "For invalid input: one entry per offending field")
        List<Violation> violations) {

    /** One invalid field of a request. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(examples = "maxPlayers") String field,
            @Schema(examples = "body") String in,

            @Schema(examples = "must be greater than or equal to 1")
            String message) {}
}
