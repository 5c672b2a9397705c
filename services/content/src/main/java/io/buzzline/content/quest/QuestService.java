package io.buzzline.content.quest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.history.GameArchive;
import io.buzzline.content.history.PlayedGame;
import io.buzzline.content.quest.store.QuestRepository;
import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.Page;
import io.buzzline.content.question.Text;

/**
 * Quests: the editors' operations, the offer of the moment (by period, in the configured time zone),
 * and a player's progress computed from their archived games.
 */
@ApplicationScoped
public class QuestService {

    private final QuestRepository repository;
    private final ActiveQuests active;
    private final GameArchive archive;
    private final QuestRules rules = new QuestRules();
    private final Clock clock;
    private final ZoneId zone;

    public QuestService(
            QuestRepository repository, ActiveQuests active, GameArchive archive, Clock clock, ContentConfig config) {
        this.repository = repository;
        this.active = active;
        this.archive = archive;
        this.clock = clock;
        this.zone = config.quests().zone();
    }

    public Quest create(QuestDefinition definition) {
        Quest quest = repository.create(valid(definition), clock.instant());
        active.invalidate();
        return quest;
    }

    public Quest update(String id, QuestDefinition definition) {
        Quest quest = repository.update(id, valid(definition), clock.instant()).orElseThrow(() -> missing(id));
        active.invalidate();
        return quest;
    }

    public Quest retire(String id) {
        Quest quest = repository.retire(id, clock.instant()).orElseThrow(() -> missing(id));
        active.invalidate();
        return quest;
    }

    public Quest get(String id) {
        return repository.find(id).orElseThrow(() -> missing(id));
    }

    public Page<Quest> list(
            Optional<QuestStatus> status, Optional<QuestPeriod> period, int limit, Optional<String> cursor) {
        return repository.list(status, period, limit, cursor);
    }

    /** The quests offered now (of one period, or all), each with its current window, in id order. */
    public List<OfferedQuest> offeredNow(Optional<QuestPeriod> period) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        return active.all().stream()
                .filter(q -> q.offeredOn(today))
                .filter(q -> period.map(p -> p == q.definition().period()).orElse(true))
                .sorted(Comparator.comparing(Quest::id))
                .map(q -> new OfferedQuest(q, q.definition().period().windowAt(now, zone)))
                .toList();
    }

    /** The player's progress on every quest offered now (of one period, or all). */
    public List<QuestProgress> progress(String playerId, Optional<QuestPeriod> period) {
        List<OfferedQuest> offered = offeredNow(period);
        if (offered.isEmpty()) {
            return List.of();
        }
        Instant from = offered.stream()
                .map(o -> o.window().start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant to = offered.stream()
                .map(o -> o.window().end())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<PlayedGame> games = archive.playedBetween(playerId, from, to);
        return offered.stream()
                .map(o -> ProgressRule.progress(o.quest(), o.window(), games))
                .toList();
    }

    private QuestDefinition valid(QuestDefinition d) {
        QuestGoal goal = QuestGoal.of(
                d.goal().kind(), d.goal().target(), d.goal().category().map(Text::code));
        QuestDefinition normalized = new QuestDefinition(
                Text.clean(d.title()),
                Text.clean(d.description()),
                d.period(),
                goal,
                new QuestReward(
                        d.reward().xp(), d.reward().badge().map(Text::code).filter(b -> !b.isEmpty())),
                d.startsOn(),
                d.endsOn());
        List<FieldViolation> violations = rules.check(normalized);
        if (!violations.isEmpty()) {
            throw new InvalidQuestException(violations);
        }
        return normalized;
    }

    private static QuestNotFoundException missing(String id) {
        return new QuestNotFoundException(id);
    }
}
