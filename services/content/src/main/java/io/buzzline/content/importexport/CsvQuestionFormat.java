package io.buzzline.content.importexport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.StoredQuestion;

/**
 * Questions as RFC 4180 CSV with a header row. {@code choices} and {@code tags} hold several values
 * separated by {@code |}; an {@code id} column is written on export and ignored on import.
 */
public final class CsvQuestionFormat {

    static final List<String> COLUMNS =
            List.of("text", "choices", "answer", "category", "difficulty", "language", "tags", "source");
    private static final Set<String> REQUIRED =
            Set.of("text", "choices", "answer", "category", "difficulty", "language");
    private static final String SEPARATOR = "|";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** Reads every record, each with its line; fails only if the header is unusable or the file too long. */
    public List<ImportRow> read(Reader reader, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> missing = REQUIRED.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new ImportFormatException(
                        "the CSV header lacks the column(s) " + missing + "; expected " + COLUMNS);
            }
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new ImportFormatException("at most " + maxRows + " rows per import");
                }
                rows.add(row(record));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV's messages name Java types; the client gets the place and the likely causes.
            throw new ImportFormatException(
                    "the file is not CSV as RFC 4180 writes it (a quote not closed or followed by text, or a header"
                            + " naming a column twice or empty)"
                            + line(e),
                    e);
        }
    }

    /** Commons CSV puts "(line N)" or "line N" in what it throws; say the line when it is there. */
    private static String line(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher line = LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return " near line " + line.group(1);
            }
        }
        return "";
    }

    public void write(Stream<StoredQuestion> questions, Writer writer) throws IOException {
        List<String> header = new ArrayList<>(COLUMNS);
        header.add("id");
        try (CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer)) {
            for (StoredQuestion q : (Iterable<StoredQuestion>) questions::iterator) {
                QuestionContent c = q.content();
                printer.printRecord(
                        c.text(),
                        String.join(SEPARATOR, c.choices()),
                        c.answer(),
                        c.category(),
                        c.difficulty(),
                        c.language(),
                        String.join(SEPARATOR, c.tags()),
                        c.source(),
                        q.id());
            }
        }
    }

    private static ImportRow row(CSVRecord record) {
        int line = (int) record.getParser().getCurrentLineNumber();
        List<FieldViolation> errors = new ArrayList<>();
        int difficulty = 0;
        String rawDifficulty = value(record, "difficulty");
        try {
            difficulty = Integer.parseInt(rawDifficulty);
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation("difficulty", "not a whole number: '" + rawDifficulty + "'"));
        }
        if (!record.isConsistent()) {
            errors.add(new FieldViolation(
                    "",
                    "has " + record.size() + " values, the header has "
                            + record.getParser().getHeaderNames().size()));
        }
        QuestionContent content = new QuestionContent(
                value(record, "text"),
                split(value(record, "choices")),
                value(record, "answer"),
                value(record, "category"),
                difficulty,
                value(record, "language"),
                split(value(record, "tags")),
                value(record, "source"));
        return new ImportRow(line, content, errors);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    private static List<String> split(String joined) {
        return joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split("\\|")).map(String::strip).toList();
    }
}
