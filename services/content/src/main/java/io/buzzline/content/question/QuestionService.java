package io.buzzline.content.question;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.buzzline.content.question.store.QuestionRepository;

/**
 * The editors' operations on the bank. Every write is normalised and checked by
 * {@link QuestionRules} first; editors get exceptions, bulk callers get {@link SaveResult}s.
 */
@ApplicationScoped
public class QuestionService {

    private final QuestionRepository repository;
    private final QuestionRules rules;
    private final Clock clock;
    private final Event<QuestionChanged> changes;

    public QuestionService(
            QuestionRepository repository, QuestionRules rules, Clock clock, Event<QuestionChanged> changes) {
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
        this.changes = changes;
    }

    public StoredQuestion create(QuestionContent content) {
        return unwrap(repository.create(valid(content), clock.instant()));
    }

    public StoredQuestion update(String id, QuestionContent content) {
        return unwrap(repository.update(id, valid(content), clock.instant()));
    }

    public StoredQuestion setStatus(String id, QuestionStatus status) {
        return unwrap(repository.setStatus(id, status, clock.instant()));
    }

    public StoredQuestion get(String id) {
        return repository.find(id).orElseThrow(() -> new QuestionNotFoundException(id));
    }

    public Page<StoredQuestion> list(QuestionFilter filter, int limit, Optional<String> cursor) {
        return repository.list(filter, limit, cursor);
    }

    public long count(QuestionFilter filter) {
        return repository.count(filter);
    }

    /** Violations of already normalised content; for bulk callers that report instead of throwing. */
    public List<FieldViolation> check(QuestionContent normalized) {
        return rules.check(normalized);
    }

    /** Stores already normalised, checked content as a new question unless it is a duplicate. */
    public SaveResult store(QuestionContent normalized) {
        return announced(repository.create(normalized, clock.instant()));
    }

    /** The question holding this wording, if any, without writing anything. */
    public Optional<String> holderOf(QuestionContent normalized) {
        return repository.holderOf(normalized.language(), normalized.text());
    }

    private QuestionContent valid(QuestionContent content) {
        QuestionContent normalized = content.normalized();
        List<FieldViolation> violations = rules.check(normalized);
        if (!violations.isEmpty()) {
            throw new InvalidQuestionException(violations);
        }
        return normalized;
    }

    private SaveResult announced(SaveResult result) {
        if (result instanceof SaveResult.Saved saved) {
            QuestionContent c = saved.question().content();
            changes.fire(new QuestionChanged(c.language(), c.category()));
        }
        return result;
    }

    private StoredQuestion unwrap(SaveResult result) {
        return switch (announced(result)) {
            case SaveResult.Saved saved -> saved.question();
            case SaveResult.Duplicate duplicate -> throw new DuplicateQuestionException(duplicate.existingId());
            case SaveResult.Missing missing -> throw new QuestionNotFoundException(missing.id());
        };
    }
}
