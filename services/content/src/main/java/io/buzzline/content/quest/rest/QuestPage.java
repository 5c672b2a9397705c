package io.buzzline.content.quest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of quests and the cursor of the next page (absent on the last page). */
@Schema(name = "QuestPage")
public record QuestPage(
        List<QuestView> items,

        @Schema(description = "Pass as `cursor` to get the next page; absent on the last one", nullable = true)
        String nextCursor) {}
