package io.buzzline.content.importexport.rest;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.importexport.CsvQuestionFormat;
import io.buzzline.content.importexport.ImportReport;
import io.buzzline.content.importexport.ImportRow;
import io.buzzline.content.importexport.JsonQuestionFormat;
import io.buzzline.content.importexport.QuestionImporter;
import io.buzzline.content.question.Page;
import io.buzzline.content.question.QuestionFilter;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.QuestionStatus;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.rest.QuestionResource;
import io.buzzline.security.Roles;

/** Bulk import (JSON or CSV, with a validation report) and export of the question bank, keys included: editors only. */
@Path("/questions")
@RolesAllowed(Roles.EDITOR)
@Tag(
        name = "import-export",
        description = "Bulk import (CSV/JSON, dry run first) and export of the question bank (editors)")
public class ImportExportResource {

    static final String CSV = "text/csv";
    /**
     * Exactly true or false: JAX-RS reads any other word as false, so {@code dryRun=yes} would run a real
     * import (issue 18).
     */
    private static final String DRY_RUN = "true|false";

    private static final int EXPORT_PAGE = 500;

    private final QuestionImporter importer;
    private final QuestionService questions;
    private final JsonQuestionFormat json;
    private final CsvQuestionFormat csv = new CsvQuestionFormat();
    private final int maxRows;

    public ImportExportResource(
            QuestionImporter importer, QuestionService questions, ObjectMapper mapper, ContentConfig config) {
        this.importer = importer;
        this.questions = questions;
        this.json = new JsonQuestionFormat(mapper);
        this.maxRows = config.questions().maxImportRows();
    }

    /**
     * One method for both formats, not one per @Consumes: with two, Quarkus REST chose by Content-Type only
     * and checked Accept after the import had run, so an import answered 406 had stored its rows (issue 18's
     * contract suite found it).
     */
    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import questions, a JSON array or CSV (header row; choices and tags separated by '|');"
                    + " good rows are stored, the others reported")
    @APIResponse(
            responseCode = "200",
            description = "The report: counts and one issue (line, field, reason) per problem",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read as a whole")
    public ImportReport importQuestions(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema =
                                                @Schema(
                                                        type = SchemaType.ARRAY,
                                                        implementation = ImportedQuestion.class)),
                                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
                            })
                    InputStream body,
            @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun,
            @Context HttpHeaders headers) {
        List<ImportRow> rows = MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())
                ? json.read(body, maxRows)
                : csv.read(new InputStreamReader(body, StandardCharsets.UTF_8), maxRows);
        return importer.importRows(rows, Boolean.parseBoolean(dryRun), "import");
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Export the questions matching the filters, as JSON (default) or CSV")
    @APIResponse(responseCode = "200", description = "Every matching question, in id order")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response export(
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv") String format,
            @QueryParam("category") String category,
            @QueryParam("language") String language,
            @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
            @QueryParam("status") QuestionStatus status) {
        QuestionFilter filter = QuestionResource.filter(category, language, difficulty, status, null);
        StreamingOutput body = "csv".equals(format)
                ? out -> {
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    csv.write(all(filter), writer);
                    writer.flush();
                }
                : out -> json.write(all(filter), out);
        return Response.ok(body, "csv".equals(format) ? CSV : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=questions." + format)
                .build();
    }

    /**
     * One element of a JSON import, as the export writes it (documentation only: rows are read one by one
     * and each broken row is reported, not refused).
     */
    @Schema(
            name = "ImportedQuestion",
            description = "QuestionInput's fields plus the exported `id`, which is ignored; a row of the wrong"
                    + " shape is reported in the import report with its line")
    record ImportedQuestion(
            @Schema(nullable = true) String id,
            String text,
            List<String> choices,
            String answer,
            String category,
            int difficulty,
            String language,
            @Schema(nullable = true) List<String> tags,
            @Schema(nullable = true) String source) {}

    /** Every matching question, read page by page as the stream is consumed. */
    private Stream<StoredQuestion> all(QuestionFilter filter) {
        return Stream.iterate(
                        questions.list(filter, EXPORT_PAGE, Optional.empty()),
                        page -> page != null,
                        page -> page.nextCursor().isEmpty()
                                ? null
                                : questions.list(filter, EXPORT_PAGE, page.nextCursor()))
                .map(Page::items)
                .flatMap(List::stream);
    }
}
