package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.pack.PackNotFoundException;
import io.buzzline.content.pack.PackUnsatisfiableException;
import io.buzzline.content.pack.Selection;

/** problem+json for the pack exceptions. */
final class PackProblemMappers {

    private PackProblemMappers() {}

    /** 422 when the bank is too small, 409 when the group's recent games used up the rest. */
    @Provider
    public static final class Unsatisfiable extends ExceptionMapperBase<PackUnsatisfiableException> {
        @Override
        protected HttpProblem toProblem(PackUnsatisfiableException e) {
            HttpProblem.Builder problem =
                    HttpProblem.builder().withDetail(e.getMessage()).with("requested", e.requested());
            return switch (e.selection()) {
                case Selection.TooManyRecent recent ->
                    problem.withStatus(409)
                            .withTitle("Not enough fresh questions for this group")
                            .with("matching", recent.matching())
                            .with("fresh", recent.fresh())
                            .build();
                case Selection.BankTooSmall small ->
                    problem.withStatus(422)
                            .withTitle("Not enough matching questions")
                            .with("matching", small.matching())
                            .build();
                case Selection.Chosen chosen -> problem.withStatus(500).build();
            };
        }
    }

    /** 404 for an unknown pack id. */
    @Provider
    public static final class NotFound extends ExceptionMapperBase<PackNotFoundException> {
        @Override
        protected HttpProblem toProblem(PackNotFoundException e) {
            return Problems.of(404, "Not Found", e.getMessage());
        }
    }
}
