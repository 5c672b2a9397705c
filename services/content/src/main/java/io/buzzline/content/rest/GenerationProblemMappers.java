package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.generation.GeneratorUnavailableException;
import io.buzzline.content.generation.JobNotFoundException;

/** problem+json for the generation queue's exceptions. */
final class GenerationProblemMappers {

    private GenerationProblemMappers() {}

    /** 404 for an unknown job id. */
    @Provider
    public static final class NotFound extends ExceptionMapperBase<JobNotFoundException> {
        @Override
        protected HttpProblem toProblem(JobNotFoundException e) {
            return Problems.of(404, "Not Found", e.getMessage());
        }
    }

    /** 422 for a generator that cannot run here. */
    @Provider
    public static final class Unavailable extends ExceptionMapperBase<GeneratorUnavailableException> {
        @Override
        protected HttpProblem toProblem(GeneratorUnavailableException e) {
            return Problems.of(422, "Generator unavailable", e.getMessage());
        }
    }
}
