package io.buzzline.content.question.rest;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.question.Page;
import io.buzzline.content.question.QuestionFilter;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.web.KeyAccess;
import io.buzzline.content.web.Paging;
import io.buzzline.security.Roles;

/**
 * The question bank: editors create, update, retire and read keys; anyone may read and query the public
 * representation (no answer key), page by page.
 */
@Path("/questions")
@Tag(name = "questions", description = "The question bank: search, read (keys for editors only), write (editors)")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final QuestionService questions;
    private final KeyAccess access;

    public QuestionResource(QuestionService questions, KeyAccess access) {
        this.questions = questions;
        this.access = access;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a question")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "400", description = "The question breaks a rule; each violation names its field")
    @APIResponse(responseCode = "409", description = "The same wording exists in this language (`duplicateOf`)")
    public Response create(@NotNull @Valid QuestionInput input) {
        StoredQuestion created = questions.create(input.toContent());
        return Response.created(URI.create("/questions/" + created.id()))
                .entity(QuestionView.of(created, true))
                .build();
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "Read a question (the answer key for editors and services only)")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "401", description = KeyAccess.INVALID_TOKEN)
    public QuestionView get(@PathParam("id") String id) {
        return QuestionView.of(questions.get(id), access.keysVisible());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a question's content; status and statistics stay")
    @APIResponse(responseCode = "200", description = "The updated question")
    @APIResponse(responseCode = "400", description = "The question breaks a rule")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "409", description = "Another question holds this wording")
    public QuestionView update(@PathParam("id") String id, @NotNull @Valid QuestionInput input) {
        return QuestionView.of(questions.update(id, input.toContent()), true);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/retire")
    @Operation(summary = "Retire a question: kept, never put into a pack again (idempotent)")
    @APIResponse(responseCode = "200", description = "The retired question")
    @APIResponse(responseCode = "404", description = "No such question")
    public QuestionView retire(@PathParam("id") String id) {
        return QuestionView.of(questions.setStatus(id, QuestionStatus.RETIRED), true);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/reactivate")
    @Operation(summary = "Make a retired question eligible for packs again (idempotent)")
    @APIResponse(responseCode = "200", description = "The active question")
    @APIResponse(responseCode = "404", description = "No such question")
    public QuestionView reactivate(@PathParam("id") String id) {
        return QuestionView.of(questions.setStatus(id, QuestionStatus.ACTIVE), true);
    }

    @GET
    @PermitAll
    @Operation(summary = "Query questions, page by page, in a stable order (answer keys for editors only)")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    @APIResponse(responseCode = "401", description = KeyAccess.INVALID_TOKEN)
    public QuestionPage list(
            @QueryParam("category") String category,
            @QueryParam("language") String language,
            @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
            @QueryParam("status") QuestionStatus status,
            @QueryParam("source") String source,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Pattern(regexp = Paging.CURSOR) String cursor) {
        Page<StoredQuestion> page = questions.list(
                filter(category, language, difficulty, status, source), limit, Optional.ofNullable(cursor));
        return new QuestionPage(
                page.items().stream()
                        .map(q -> QuestionView.of(q, access.keysVisible()))
                        .toList(),
                page.nextCursor().orElse(null));
    }

    @GET
    @PermitAll
    @Path("/count")
    @Operation(summary = "Count questions matching the filters")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    public CountView count(
            @QueryParam("category") String category,
            @QueryParam("language") String language,
            @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
            @QueryParam("status") QuestionStatus status,
            @QueryParam("source") String source) {
        return new CountView(questions.count(filter(category, language, difficulty, status, source)));
    }

    public static QuestionFilter filter(
            String category, String language, Integer difficulty, QuestionStatus status, String source) {
        return new QuestionFilter(
                Optional.ofNullable(category),
                Optional.ofNullable(language),
                Optional.ofNullable(difficulty),
                Optional.ofNullable(status),
                Optional.ofNullable(source));
    }
}
