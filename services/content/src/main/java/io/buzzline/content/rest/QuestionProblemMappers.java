package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.question.DuplicateQuestionException;
import io.buzzline.content.question.InvalidQuestionException;
import io.buzzline.content.question.QuestionNotFoundException;

/** problem+json for the question bank's exceptions. */
final class QuestionProblemMappers {

    private QuestionProblemMappers() {}

    /** 404 for an unknown question id. */
    @Provider
    public static final class NotFound extends ExceptionMapperBase<QuestionNotFoundException> {
        @Override
        protected HttpProblem toProblem(QuestionNotFoundException e) {
            return Problems.of(404, "Not Found", e.getMessage());
        }
    }

    /** 409 naming the question that already holds the wording. */
    @Provider
    public static final class Duplicate extends ExceptionMapperBase<DuplicateQuestionException> {
        @Override
        protected HttpProblem toProblem(DuplicateQuestionException e) {
            return HttpProblem.builder()
                    .withStatus(409)
                    .withTitle("Duplicate question")
                    .withDetail(e.getMessage())
                    .with("duplicateOf", e.existingId())
                    .build();
        }
    }

    /** 400 with one violation per broken rule. */
    @Provider
    public static final class Invalid extends ExceptionMapperBase<InvalidQuestionException> {
        @Override
        protected HttpProblem toProblem(InvalidQuestionException e) {
            return Problems.invalid(e.violations());
        }
    }
}
