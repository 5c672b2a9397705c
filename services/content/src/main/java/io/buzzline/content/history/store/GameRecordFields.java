package io.buzzline.content.history.store;

import java.util.List;
import java.util.Map;

import com.google.cloud.firestore.DocumentSnapshot;

import io.buzzline.content.history.GameRecord;
import io.buzzline.content.history.PlayerResult;
import io.buzzline.firestore.Timestamps;

/** The Firestore shape of an archived game's summary document. */
final class GameRecordFields {

    private GameRecordFields() {}

    static Map<String, Object> of(GameRecord r) {
        return Map.of(
                "startedAt", Timestamps.timestamp(r.startedAt()),
                "endedAt", Timestamps.timestamp(r.endedAt()),
                "endReason", r.endReason(),
                "eventCount", r.eventCount(),
                "playerIds", r.results().stream().map(PlayerResult::playerId).toList(),
                "results",
                        r.results().stream()
                                .map(p -> Map.of(
                                        "playerId", p.playerId(),
                                        "nickname", p.nickname(),
                                        "score", p.score(),
                                        "rank", (long) p.rank()))
                                .toList());
    }

    @SuppressWarnings("unchecked")
    static GameRecord read(DocumentSnapshot doc) {
        List<Map<String, Object>> results = (List<Map<String, Object>>) doc.get("results");
        return new GameRecord(
                doc.getId(),
                Timestamps.instant(doc.getTimestamp("startedAt")),
                Timestamps.instant(doc.getTimestamp("endedAt")),
                doc.getString("endReason"),
                doc.getLong("eventCount"),
                results.stream()
                        .map(m -> new PlayerResult(
                                (String) m.get("playerId"),
                                (String) m.get("nickname"),
                                ((Number) m.get("score")).longValue(),
                                ((Number) m.get("rank")).intValue()))
                        .toList());
    }
}
