package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.settings.InvalidSettingException;
import io.buzzline.content.settings.VersionMismatchException;

/** problem+json for the configuration documents' exceptions. */
final class ConfigProblemMappers {

    private ConfigProblemMappers() {}

    /** 400 with one violation per broken rule. */
    @Provider
    public static final class Invalid extends ExceptionMapperBase<InvalidSettingException> {
        @Override
        protected HttpProblem toProblem(InvalidSettingException e) {
            return Problems.invalid(e.violations(), "configuration");
        }
    }

    /** 412 naming the current version. */
    @Provider
    public static final class Mismatch extends ExceptionMapperBase<VersionMismatchException> {
        @Override
        protected HttpProblem toProblem(VersionMismatchException e) {
            return HttpProblem.builder()
                    .withStatus(412)
                    .withTitle("Precondition Failed")
                    .withDetail(e.getMessage())
                    .with("currentVersion", e.currentVersion())
                    .build();
        }
    }

    /** 412 for an If-Match that names no version. */
    @Provider
    public static final class Unmatchable extends ExceptionMapperBase<IfMatch.Unmatchable> {
        @Override
        protected HttpProblem toProblem(IfMatch.Unmatchable e) {
            return Problems.of(412, "Precondition Failed", e.getMessage());
        }
    }

    /** 428 when If-Match is missing. */
    @Provider
    public static final class Missing extends ExceptionMapperBase<IfMatch.Missing> {
        @Override
        protected HttpProblem toProblem(IfMatch.Missing e) {
            return Problems.of(428, "Precondition Required", e.getMessage());
        }
    }
}
