package io.buzzline.content.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.buzzline.content.generation.GeneratorUnavailableException;
import io.buzzline.content.generation.JobNotFoundException;
import io.buzzline.content.history.GameNotArchivedException;
import io.buzzline.content.importexport.ImportFormatException;
import io.buzzline.content.pack.PackNotFoundException;
import io.buzzline.content.pack.PackUnsatisfiableException;
import io.buzzline.content.pack.Selection;
import io.buzzline.content.quest.InvalidQuestException;
import io.buzzline.content.quest.QuestNotFoundException;
import io.buzzline.content.question.DuplicateQuestionException;
import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.InvalidQuestionException;
import io.buzzline.content.question.QuestionNotFoundException;
import io.buzzline.content.settings.InvalidSettingException;
import io.buzzline.content.settings.VersionMismatchException;
import io.buzzline.problems.Problem;
import io.buzzline.problems.Problems;

/**
 * Content's own refusals in the one problem+json shape of libs/problems; each problem type is listed in
 * the README. The domain's exceptions stay free of HTTP; this is where they get a status and a type.
 */
public class ContentProblems {

    @ServerExceptionMapper(priority = 1)
    public Response unsatisfiable(PackUnsatisfiableException e, UriInfo uri) {
        return switch (e.selection()) {
            case Selection.TooManyRecent recent ->
                Problems.response(
                        409,
                        "not-enough-fresh-questions",
                        e.getMessage(),
                        uri.getPath(),
                        null,
                        Map.of("requested", e.requested(), "matching", recent.matching(), "fresh", recent.fresh()));
            case Selection.BankTooSmall small ->
                Problems.response(
                        422,
                        "not-enough-questions",
                        e.getMessage(),
                        uri.getPath(),
                        null,
                        Map.of("requested", e.requested(), "matching", small.matching()));
            case Selection.Chosen chosen -> throw new IllegalStateException("A chosen pack is not a refusal", e);
        };
    }

    @ServerExceptionMapper(priority = 1)
    public Response packNotFound(PackNotFoundException e, UriInfo uri) {
        return Problems.response(404, "pack-not-found", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response jobNotFound(JobNotFoundException e, UriInfo uri) {
        return Problems.response(404, "job-not-found", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response generatorUnavailable(GeneratorUnavailableException e, UriInfo uri) {
        return Problems.response(422, "generator-unavailable", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response questionNotFound(QuestionNotFoundException e, UriInfo uri) {
        return Problems.response(404, "question-not-found", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response duplicate(DuplicateQuestionException e, UriInfo uri) {
        return Problems.response(
                409, "duplicate-question", e.getMessage(), uri.getPath(), null, Map.of("duplicateOf", e.existingId()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidQuestion(InvalidQuestionException e, UriInfo uri) {
        return invalid(e.violations(), "question", uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableImport(ImportFormatException e, UriInfo uri) {
        return Problems.response(
                400, "unreadable-import", "The import cannot be read: " + e.getMessage() + ".", uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response questNotFound(QuestNotFoundException e, UriInfo uri) {
        return Problems.response(404, "quest-not-found", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidQuest(InvalidQuestException e, UriInfo uri) {
        return invalid(e.violations(), "quest", uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidSetting(InvalidSettingException e, UriInfo uri) {
        return invalid(e.violations(), "configuration", uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response versionMismatch(VersionMismatchException e, UriInfo uri) {
        return Problems.response(
                412,
                "version-mismatch",
                e.getMessage(),
                uri.getPath(),
                null,
                Map.of("currentVersion", e.currentVersion()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unmatchable(IfMatch.Unmatchable e, UriInfo uri) {
        return Problems.response(412, "version-mismatch", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response missingIfMatch(IfMatch.Missing e, UriInfo uri) {
        return Problems.response(428, "precondition-required", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response notArchived(GameNotArchivedException e, UriInfo uri) {
        return Problems.response(404, "game-not-found", e.getMessage(), uri.getPath());
    }

    /** A document's own rules broken: the same slug and violations as a failed Bean Validation. */
    private static Response invalid(List<FieldViolation> violations, String what, UriInfo uri) {
        return Problems.response(
                400,
                "invalid-request",
                violations.size() + " field(s) break the " + what + " rules: "
                        + String.join(
                                "; ",
                                violations.stream()
                                        .map(v -> v.field() + " " + v.reason())
                                        .toList())
                        + ".",
                uri.getPath(),
                violations.stream()
                        .map(v -> new Problem.Violation(v.field(), "body", v.reason()))
                        .toList());
    }
}
