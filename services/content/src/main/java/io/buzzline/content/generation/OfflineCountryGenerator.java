package io.buzzline.content.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.buzzline.content.question.QuestionContent;

/**
 * Generates real, correct geography questions with no network, from the country facts shipped in
 * {@code generation/countries.csv} (CC0). Category {@code geography}, language {@code en}; about
 * 700 distinct questions across difficulties 1–5.
 */
@ApplicationScoped
public class OfflineCountryGenerator implements QuestionGenerator {

    public static final String NAME = "offline";
    public static final String CATEGORY = "geography";
    public static final String LANGUAGE = "en";
    private static final String DATASET = "generation/countries.csv";
    private static final int CHOICES = 4;

    private final List<CountryFact> facts = load();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Iterator<QuestionContent> candidates(GenerationSpec spec, int wanted) {
        if (!CATEGORY.equals(spec.category()) || !LANGUAGE.equals(spec.language())) {
            throw new GenerationException(
                    "the offline generator knows category '" + CATEGORY + "' in language '" + LANGUAGE + "' only, not '"
                            + spec.category() + "' in '" + spec.language() + "'",
                    false);
        }
        List<QuestionContent> all = new ArrayList<>();
        for (CountryTemplate template : CountryTemplate.values()) {
            for (CountryFact fact : facts) {
                if (template.applies(fact) && template.difficulty(fact) == spec.difficulty()) {
                    all.add(question(template, fact));
                }
            }
        }
        // A fresh order per job, so concurrent jobs of one spec mostly try different questions first.
        Collections.shuffle(all);
        return all.iterator();
    }

    /** Every question the dataset yields for one difficulty; for the benchmark and the seed. */
    public int capacity(int difficulty) {
        int n = 0;
        for (CountryTemplate template : CountryTemplate.values()) {
            for (CountryFact fact : facts) {
                if (template.applies(fact) && template.difficulty(fact) == difficulty) {
                    n++;
                }
            }
        }
        return n;
    }

    private QuestionContent question(CountryTemplate template, CountryFact fact) {
        String answer = template.answer(fact);
        // Seeded by the question, so the same question always gets the same choices.
        Random random = new Random(template.text(fact).hashCode());
        List<String> pool = new ArrayList<>();
        if (template == CountryTemplate.CONTINENT) {
            pool.addAll(CountryTemplate.CONTINENTS);
        } else {
            facts.stream()
                    .filter(other -> other.continent().equals(fact.continent()))
                    .map(template::answer)
                    .forEach(pool::add);
            Collections.shuffle(pool, random);
            facts.stream().map(template::answer).forEach(pool::add);
        }
        Set<String> choices = new LinkedHashSet<>();
        choices.add(answer);
        for (String candidate : pool) {
            if (choices.size() == CHOICES) {
                break;
            }
            choices.add(candidate);
        }
        List<String> shuffled = new ArrayList<>(choices);
        Collections.shuffle(shuffled, random);
        return new QuestionContent(
                template.text(fact),
                shuffled,
                answer,
                CATEGORY,
                template.difficulty(fact),
                LANGUAGE,
                List.of(template.name().toLowerCase(Locale.ROOT).replace('_', '-'), "countries"),
                "offline:countries");
    }

    private static List<CountryFact> load() {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DATASET);
                CSVParser parser = CSVParser.builder()
                        .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .setFormat(format)
                        .get()) {
            List<CountryFact> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(new CountryFact(
                        r.get("country"),
                        r.get("capital"),
                        r.get("currency"),
                        Arrays.asList(r.get("continent").split("\\|")),
                        Integer.parseInt(r.get("tier"))));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATASET, e);
        }
    }
}
