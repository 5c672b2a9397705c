package io.buzzline.content.importexport;

import java.util.List;

/**
 * The outcome of a bulk import: counts, and one issue per problem found. A row with several
 * broken fields has several issues; {@code rejected} counts rows.
 */
public record ImportReport(
        int total, int imported, int duplicates, int rejected, boolean dryRun, List<ImportIssue> issues) {

    public ImportReport {
        issues = List.copyOf(issues);
    }
}
