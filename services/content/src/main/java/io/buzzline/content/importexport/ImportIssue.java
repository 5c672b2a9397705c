package io.buzzline.content.importexport;

/** Why one row of an import was not stored: its line, the field at fault, the reason. */
public record ImportIssue(int line, String field, String reason, String duplicateOf) {

    public static ImportIssue of(int line, String field, String reason) {
        return new ImportIssue(line, field, reason, null);
    }
}
