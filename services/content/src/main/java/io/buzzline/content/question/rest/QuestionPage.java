package io.buzzline.content.question.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of questions and the cursor of the next page (absent on the last page). */
@Schema(name = "QuestionPage")
public record QuestionPage(
        List<QuestionView> items,

        @Schema(description = "Pass as `cursor` to get the next page; absent on the last one", nullable = true)
        String nextCursor) {}
