package io.buzzline.content.quest.rest;

import java.net.URI;
import java.util.List;
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

import io.buzzline.content.quest.Quest;
import io.buzzline.content.quest.QuestPeriod;
import io.buzzline.content.quest.QuestService;
import io.buzzline.content.quest.QuestStatus;
import io.buzzline.content.question.Page;
import io.buzzline.content.web.Paging;
import io.buzzline.security.Roles;

/** Daily and weekly quests: the editors' API, the offer of the moment, a player's progress. */
@Path("/quests")
@Tag(name = "quests", description = "Quest definitions and a player's quest progress")
@Produces(MediaType.APPLICATION_JSON)
public class QuestResource {

    private final QuestService quests;

    public QuestResource(QuestService quests) {
        this.quests = quests;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a quest")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = QuestView.class)))
    @APIResponse(responseCode = "400", description = "The quest breaks a rule; each violation names its field")
    public Response create(@NotNull @Valid QuestInput input) {
        Quest created = quests.create(input.toDefinition());
        return Response.created(URI.create("/quests/" + created.id()))
                .entity(QuestView.of(created))
                .build();
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Operation(summary = "Read a quest")
    @APIResponse(responseCode = "200", description = "The quest")
    @APIResponse(responseCode = "404", description = "No such quest")
    public QuestView get(@PathParam("id") String id) {
        return QuestView.of(quests.get(id));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a quest's definition; its status stays")
    @APIResponse(responseCode = "200", description = "The updated quest")
    @APIResponse(responseCode = "400", description = "The quest breaks a rule")
    @APIResponse(responseCode = "404", description = "No such quest")
    public QuestView update(@PathParam("id") String id, @NotNull @Valid QuestInput input) {
        return QuestView.of(quests.update(id, input.toDefinition()));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/retire")
    @Operation(summary = "Retire a quest: kept, never offered again (idempotent)")
    @APIResponse(responseCode = "200", description = "The retired quest")
    @APIResponse(responseCode = "404", description = "No such quest")
    public QuestView retire(@PathParam("id") String id) {
        return QuestView.of(quests.retire(id));
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Query quests, page by page, in a stable order (editors)")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A parameter is out of range")
    public QuestPage list(
            @QueryParam("status") QuestStatus status,
            @QueryParam("period") QuestPeriod period,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Pattern(regexp = Paging.CURSOR) String cursor) {
        Page<Quest> page = quests.list(
                Optional.ofNullable(status), Optional.ofNullable(period), limit, Optional.ofNullable(cursor));
        return new QuestPage(
                page.items().stream().map(QuestView::of).toList(),
                page.nextCursor().orElse(null));
    }

    @GET
    @PermitAll
    @Path("/active")
    @Operation(summary = "The quests offered now (public), each with the window it counts in")
    @APIResponse(responseCode = "200", description = "The offer, in id order")
    @APIResponse(responseCode = "400", description = "Unknown period")
    public List<OfferedQuestView> active(@QueryParam("period") QuestPeriod period) {
        return quests.offeredNow(Optional.ofNullable(period)).stream()
                .map(OfferedQuestView::of)
                .toList();
    }

    @GET
    @PermitAll
    @Path("/active/progress/{playerId}")
    @Operation(summary = "A player's progress on each quest offered now, from their archived games")
    @APIResponse(responseCode = "200", description = "The offer with the player's progress")
    @APIResponse(responseCode = "400", description = "Unknown period")
    public List<OfferedQuestView> progress(
            @PathParam("playerId") String playerId, @QueryParam("period") QuestPeriod period) {
        return quests.progress(playerId, Optional.ofNullable(period)).stream()
                .map(OfferedQuestView::of)
                .toList();
    }
}
