package io.buzzline.content.quest.rest;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.quest.QuestDefinition;
import io.buzzline.content.quest.QuestGoal;
import io.buzzline.content.quest.QuestPeriod;
import io.buzzline.content.quest.QuestReward;
import io.buzzline.content.quest.QuestRules;

/** A quest as an editor writes it; the quest rules (lengths, codes, dates) apply on top. */
@Schema(name = "QuestInput", additionalProperties = Schema.False.class)
public record QuestInput(
        // The schema states the quest rules' limits, which refuse what the looser caps here let through.
        @NotBlank @Size(max = 200) @Schema(maxLength = QuestRules.MAX_TITLE_LENGTH)
        String title,

        @Size(max = 1000) @Schema(maxLength = QuestRules.MAX_DESCRIPTION_LENGTH)
        String description,

        @NotNull QuestPeriod period,
        @NotNull @Valid Goal goal,
        @Valid Reward reward,

        @NotNull @Schema(description = "First day the quest runs (inclusive), in the quest time zone")
        LocalDate startsOn,

        @Schema(description = "Last day it runs (inclusive); absent: until retired", nullable = true)
        LocalDate endsOn) {

    /** What to achieve within one window; {@code category} only narrows CORRECT_ANSWERS. */
    @Schema(name = "QuestGoal", additionalProperties = Schema.False.class)
    public record Goal(
            @NotNull QuestGoal.Kind type,
            // Required: absent, it would be 0, which @Min refuses.
            @Min(1) @Max(1_000_000) @Schema(required = true) int target,

            @Schema(
                    nullable = true,
                    pattern = QuestRules.CODE_PATTERN,
                    description = "CORRECT_ANSWERS only: count right answers of this category")
            String category) {

        @AssertTrue(message = "category applies to CORRECT_ANSWERS goals only")
        @Schema(hidden = true)
        @JsonIgnore
        public boolean isCategoryApplicable() {
            return category == null || type == QuestGoal.Kind.CORRECT_ANSWERS;
        }
    }

    /** What completing a window earns. */
    @Schema(name = "QuestReward", additionalProperties = Schema.False.class)
    public record Reward(
            @Min(0) @Max(100_000) int xp,

            @Schema(
                    nullable = true,
                    pattern = QuestRules.CODE_PATTERN,
                    description = "A badge code, lower-case letters, digits and '-'")
            String badge) {}

    public QuestDefinition toDefinition() {
        Reward r = reward == null ? new Reward(0, null) : reward;
        return new QuestDefinition(
                title,
                description == null ? "" : description,
                period,
                QuestGoal.of(goal.type(), goal.target(), Optional.ofNullable(goal.category())),
                new QuestReward(r.xp(), Optional.ofNullable(r.badge())),
                startsOn,
                Optional.ofNullable(endsOn));
    }
}
