package io.buzzline.profile.profile.rest;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.web.Ids;
import io.buzzline.wallet.ItemKind;

/** The item to wear in each slot; a slot left out is empty. Each item must be owned and of its slot's kind. */
@Schema(name = "EquippedInput", additionalProperties = Schema.False.class)
public record EquippedInput(
        @JsonProperty("AVATAR") @Schema(nullable = true) @Pattern(regexp = ITEM_ID)
        String avatar,

        @JsonProperty("BUZZER_SOUND") @Schema(nullable = true) @Pattern(regexp = ITEM_ID)
        String buzzerSound,

        @JsonProperty("NAME_COLOUR") @Schema(nullable = true) @Pattern(regexp = ITEM_ID)
        String nameColour,

        @JsonProperty("BADGE") @Schema(nullable = true) @Pattern(regexp = ITEM_ID)
        String badge) {

    static final String ITEM_ID = Ids.ID;

    public Map<ItemKind, String> bySlot() {
        Map<ItemKind, String> slots = new EnumMap<>(ItemKind.class);
        put(slots, ItemKind.AVATAR, avatar);
        put(slots, ItemKind.BUZZER_SOUND, buzzerSound);
        put(slots, ItemKind.NAME_COLOUR, nameColour);
        put(slots, ItemKind.BADGE, badge);
        return slots;
    }

    private static void put(Map<ItemKind, String> slots, ItemKind kind, String itemId) {
        if (itemId != null) {
            slots.put(kind, itemId);
        }
    }
}
