package io.buzzline.content.settings.rest;

import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.settings.CategoryCatalogue;
import io.buzzline.content.settings.GameDefaults;
import io.buzzline.content.settings.LanguageList;
import io.buzzline.content.settings.PlatformSetting;
import io.buzzline.content.settings.SettingKey;
import io.buzzline.content.settings.SettingsService;
import io.buzzline.content.settings.Versioned;
import io.buzzline.content.web.IfMatch;
import io.buzzline.security.Roles;

/**
 * The platform's configuration documents. Reads carry the version as a strong ETag; an update must
 * send it back in {@code If-Match} (428 without, 412 when someone else wrote first).
 */
@Path("/config")
@Tag(name = "config", description = "Platform configuration documents: categories, languages, game defaults")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    // Each document is read and replaced alike; what If-Match and ETag mean is documented once, for every
    // conditional resource, by web.ConditionalRequests.
    private static final String CURRENT = "The current version";
    private static final String UPDATED = "The new version";
    private static final String STALE = "The If-Match version is not the current one (`currentVersion`)";
    private static final String UNCONDITIONAL = "If-Match is missing";

    private final SettingsService settings;

    public ConfigResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @PermitAll
    @Path("/categories")
    @Operation(summary = "The category catalogue: codes and display names per language")
    @APIResponse(
            responseCode = "200",
            description = CURRENT,
            content = @Content(schema = @Schema(implementation = ConfigViews.Categories.class)))
    public Response categories() {
        return read(SettingKey.CATEGORIES, ConfigResource::categoriesView);
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the category catalogue")
    @APIResponse(
            responseCode = "200",
            description = UPDATED,
            content = @Content(schema = @Schema(implementation = ConfigViews.Categories.class)))
    @APIResponse(responseCode = "400", description = "The catalogue breaks a rule; each violation names its field")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = UNCONDITIONAL)
    public Response updateCategories(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull CategoryCatalogue body) {
        return write(SettingKey.CATEGORIES, body, ifMatch, ConfigResource::categoriesView);
    }

    @GET
    @PermitAll
    @Path("/languages")
    @Operation(summary = "The languages offered, with display names, and the default one")
    @APIResponse(
            responseCode = "200",
            description = CURRENT,
            content = @Content(schema = @Schema(implementation = ConfigViews.Languages.class)))
    public Response languages() {
        return read(SettingKey.LANGUAGES, ConfigResource::languagesView);
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/languages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the language list")
    @APIResponse(
            responseCode = "200",
            description = UPDATED,
            content = @Content(schema = @Schema(implementation = ConfigViews.Languages.class)))
    @APIResponse(responseCode = "400", description = "The list breaks a rule")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = UNCONDITIONAL)
    public Response updateLanguages(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull LanguageList body) {
        return write(SettingKey.LANGUAGES, body, ifMatch, ConfigResource::languagesView);
    }

    @GET
    @PermitAll
    @Path("/game-defaults")
    @Operation(summary = "The settings a new game gets unless its host chooses otherwise")
    @APIResponse(
            responseCode = "200",
            description = CURRENT,
            content = @Content(schema = @Schema(implementation = ConfigViews.Defaults.class)))
    public Response gameDefaults() {
        return read(SettingKey.GAME_DEFAULTS, ConfigResource::defaultsView);
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/game-defaults")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the default game settings")
    @APIResponse(
            responseCode = "200",
            description = UPDATED,
            content = @Content(schema = @Schema(implementation = ConfigViews.Defaults.class)))
    @APIResponse(responseCode = "400", description = "The settings break a rule")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = UNCONDITIONAL)
    public Response updateGameDefaults(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull GameDefaults body) {
        return write(SettingKey.GAME_DEFAULTS, body, ifMatch, ConfigResource::defaultsView);
    }

    private Response read(SettingKey key, Function<Versioned, Object> view) {
        Versioned current = settings.read(key);
        return Response.ok(view.apply(current)).tag(etag(current)).build();
    }

    private Response write(SettingKey key, PlatformSetting body, String ifMatch, Function<Versioned, Object> view) {
        // A body that breaks a rule is a 400 whatever its If-Match says: the precondition (428, 412) only
        // decides among requests that would otherwise succeed.
        settings.check(key, body);
        Versioned stored = settings.update(key, body, IfMatch.version(ifMatch));
        return Response.ok(view.apply(stored)).tag(etag(stored)).build();
    }

    private static EntityTag etag(Versioned v) {
        return new EntityTag(Long.toString(v.version()));
    }

    private static Object categoriesView(Versioned v) {
        return new ConfigViews.Categories(v.version(), v.updatedAt(), (CategoryCatalogue) v.value());
    }

    private static Object languagesView(Versioned v) {
        return new ConfigViews.Languages(v.version(), v.updatedAt(), (LanguageList) v.value());
    }

    private static Object defaultsView(Versioned v) {
        return new ConfigViews.Defaults(v.version(), v.updatedAt(), (GameDefaults) v.value());
    }
}
