package io.buzzline.profile.profile.rest;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.profile.StoredProfile;

/** What anyone sees of a player: the display name and the cosmetics equipped, by kind. */
@Schema(name = "Profile")
public record ProfileView(
        String playerId,

        @Schema(nullable = true, description = "Absent until the player sets one")
        String displayName,

        @Schema(description = "Item id by kind (AVATAR, BUZZER_SOUND, NAME_COLOUR, BADGE); a kind absent: none")
        Map<String, String> equipped) {

    public static ProfileView of(StoredProfile profile) {
        Map<String, String> equipped = new TreeMap<>();
        profile.equipped().forEach((kind, item) -> equipped.put(kind.name(), item));
        return new ProfileView(profile.playerId(), profile.displayName().orElse(null), equipped);
    }
}
