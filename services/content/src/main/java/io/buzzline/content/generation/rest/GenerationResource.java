package io.buzzline.content.generation.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.generation.ClaimedJob;
import io.buzzline.content.generation.GenerationService;
import io.buzzline.content.generation.JobStatus;
import io.buzzline.content.question.Page;
import io.buzzline.content.question.QuestionFilter;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.rest.QuestionPage;
import io.buzzline.content.question.rest.QuestionView;
import io.buzzline.content.web.Paging;
import io.buzzline.security.Roles;

/** The AI generation queue: enqueue jobs, follow their progress, list what they stored. */
@Path("/generation/jobs")
@Tag(name = "generation", description = "The AI question-generation job queue (editors)")
@Produces(MediaType.APPLICATION_JSON)
public class GenerationResource {

    private final GenerationService jobs;
    private final QuestionService questions;

    public GenerationResource(GenerationService jobs, QuestionService questions) {
        this.jobs = jobs;
        this.questions = questions;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enqueue a generation job; workers pick it up")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "The request is malformed")
    @APIResponse(responseCode = "422", description = "The generator is unknown or not configured here")
    public Uni<Response> enqueue(@NotNull @Valid JobRequestBody body) {
        return jobs.enqueue(body.spec(), body.generatorOrDefault(), body.count(), body.maxAttemptsIfSet())
                .map(job -> Response.accepted(JobView.of(job))
                        .location(URI.create("/generation/jobs/" + job.id))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.OPERATOR})
    @Path("/{id}")
    @Operation(summary = "A job's status, progress (generated, rejected), attempts and last error")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public Uni<JobView> get(@PathParam("id") long id) {
        return jobs.get(id).map(JobView::of);
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.OPERATOR})
    @Operation(summary = "Jobs, newest first; pass the last id seen as `before` for the next page")
    @APIResponse(responseCode = "200", description = "Jobs")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    public Uni<List<JobView>> list(
            @QueryParam("status") JobStatus status,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return jobs.list(Optional.ofNullable(status), Optional.ofNullable(before), limit)
                .map(list -> list.stream().map(JobView::of).toList());
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/questions")
    @Operation(summary = "The questions a job stored, page by page")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    public QuestionPage results(
            @PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Pattern(regexp = Paging.CURSOR) String cursor) {
        Page<StoredQuestion> page =
                questions.list(QuestionFilter.bySource(ClaimedJob.sourceOf(id)), limit, Optional.ofNullable(cursor));
        return new QuestionPage(
                page.items().stream().map(q -> QuestionView.of(q, true)).toList(),
                page.nextCursor().orElse(null));
    }
}
