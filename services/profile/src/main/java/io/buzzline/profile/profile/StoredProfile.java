package io.buzzline.profile.profile;

import java.util.Map;
import java.util.Optional;

import io.buzzline.wallet.ItemKind;

/** What others see of a player: the name they chose and the cosmetics they wear (one item per kind at most). */
public record StoredProfile(String playerId, Optional<String> displayName, Map<ItemKind, String> equipped) {

    public StoredProfile {
        equipped = Map.copyOf(equipped);
    }

    public static StoredProfile empty(String playerId) {
        return new StoredProfile(playerId, Optional.empty(), Map.of());
    }
}
