package io.buzzline.content.pack.rest;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.pack.PackRequest;
import io.buzzline.content.question.Text;

/** What match asks for when a game needs questions. */
@Schema(name = "PackRequest", additionalProperties = Schema.False.class)
public record PackRequestBody(
        @Min(1) @Max(100) int count,

        @Schema(description = "Categories to interleave; empty or absent: any category of the language") @Size(max = 30)
        List<@NotBlank String> categories,

        @Schema(defaultValue = "1") @Min(1) @Max(5) Integer difficultyMin,
        @Schema(defaultValue = "5") @Min(1) @Max(5) Integer difficultyMax,
        @NotBlank @Schema(examples = "en") String language,

        @Schema(description = "A player group id: questions it played recently are left out", nullable = true)
        @Size(max = 200)
        @Pattern(regexp = "[^/]+", message = "must not contain '/'")
        String excludeRecentForGroup,

        @Schema(
                nullable = true,
                description = "Only questions answered right at least this often (0..1); questions with too few"
                        + " answers yet always qualify")
        @DecimalMin("0")
        @DecimalMax("1")
        Double successRateMin,

        @Schema(nullable = true, description = "Only questions answered right at most this often (0..1)")
        @DecimalMin("0")
        @DecimalMax("1")
        Double successRateMax) {

    @AssertTrue(message = "successRateMin must not exceed successRateMax")
    @Schema(hidden = true)
    public boolean isSuccessRangeValid() {
        return successRateMin == null || successRateMax == null || successRateMin <= successRateMax;
    }

    @AssertTrue(message = "difficultyMin must not exceed difficultyMax")
    @Schema(hidden = true)
    public boolean isDifficultyRangeValid() {
        return min() <= max();
    }

    public PackRequest toRequest() {
        return new PackRequest(
                count,
                categories == null
                        ? List.of()
                        : categories.stream().map(Text::code).toList(),
                min(),
                max(),
                Text.code(language),
                Optional.ofNullable(excludeRecentForGroup).filter(g -> !g.isBlank()),
                successRateMin == null ? 0 : successRateMin,
                successRateMax == null ? 1 : successRateMax);
    }

    private int min() {
        return difficultyMin == null ? 1 : difficultyMin;
    }

    private int max() {
        return difficultyMax == null ? 5 : difficultyMax;
    }
}
