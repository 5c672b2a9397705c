package io.buzzline.content.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.SaveResult;
import io.buzzline.content.question.Text;

/**
 * Stores the acceptable rows of an import and reports the others. Rows are independent: a bad row
 * never stops the good ones. Duplicates are caught within the file and against the bank.
 */
@ApplicationScoped
public class QuestionImporter {

    private final QuestionService questions;

    public QuestionImporter(QuestionService questions) {
        this.questions = questions;
    }

    public ImportReport importRows(List<ImportRow> rows, boolean dryRun, String source) {
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        int imported = 0;
        int duplicates = 0;
        int rejected = 0;
        for (ImportRow row : rows) {
            QuestionContent content = withDefaultSource(row.content(), source).normalized();
            List<FieldViolation> violations = new ArrayList<>(row.readErrors());
            if (violations.isEmpty()) {
                violations.addAll(questions.check(content));
            }
            if (!violations.isEmpty()) {
                violations.forEach(v -> issues.add(ImportIssue.of(row.line(), v.field(), v.reason())));
                rejected++;
                continue;
            }
            Integer earlier = seenAt.putIfAbsent(Text.fingerprint(content.language(), content.text()), row.line());
            if (earlier != null) {
                issues.add(ImportIssue.of(row.line(), "text", "duplicate of line " + earlier + " of this file"));
                duplicates++;
                continue;
            }
            Optional<String> holder = dryRun ? questions.holderOf(content) : store(content);
            if (holder.isPresent()) {
                issues.add(new ImportIssue(row.line(), "text", "duplicate of question " + holder.get(), holder.get()));
                duplicates++;
            } else {
                imported++;
            }
        }
        Log.infof(
                "import (%s): %d rows, %d imported, %d duplicates, %d rejected",
                dryRun ? "dry run" : "stored", rows.size(), imported, duplicates, rejected);
        return new ImportReport(rows.size(), imported, duplicates, rejected, dryRun, issues);
    }

    /** Empty when stored, else the id of the question that holds the wording. */
    private Optional<String> store(QuestionContent content) {
        return switch (questions.store(content)) {
            case SaveResult.Saved saved -> Optional.empty();
            case SaveResult.Duplicate duplicate -> Optional.of(duplicate.existingId());
            case SaveResult.Missing missing -> throw new IllegalStateException("a create cannot miss");
        };
    }

    private static QuestionContent withDefaultSource(QuestionContent content, String source) {
        return content.source() == null || content.source().isBlank() ? content.withSource(source) : content;
    }
}
