package io.buzzline.content.generation;

import java.util.List;
import java.util.function.Function;

/**
 * The kinds of question the offline generator asks about a country. Difficulty is the template's
 * base plus the country's tier minus one: from 1 (the continent of a well-known country) to 5 (the
 * currency of an obscure one).
 */
enum CountryTemplate {
    CONTINENT(1, "On which continent is %s?", CountryFact::country, CountryFact::continent),
    CAPITAL(2, "What is the capital of %s?", CountryFact::country, CountryFact::capital),
    CURRENCY(3, "Which currency is used in %s?", CountryFact::country, CountryFact::currency),
    CAPITAL_OF(3, "%s is the capital of which country?", CountryFact::capital, CountryFact::country);

    static final List<String> CONTINENTS =
            List.of("Africa", "Asia", "Europe", "North America", "South America", "Oceania");

    private final int base;
    private final String text;
    private final Function<CountryFact, String> subject;
    private final Function<CountryFact, String> answer;

    CountryTemplate(
            int base, String text, Function<CountryFact, String> subject, Function<CountryFact, String> answer) {
        this.base = base;
        this.text = text;
        this.subject = subject;
        this.answer = answer;
    }

    int difficulty(CountryFact fact) {
        return base + fact.tier() - 1;
    }

    String text(CountryFact fact) {
        return text.formatted(subject.apply(fact));
    }

    String answer(CountryFact fact) {
        return answer.apply(fact);
    }

    /** Whether the question has exactly one right answer among plausible choices. */
    boolean applies(CountryFact fact) {
        return switch (this) {
            case CONTINENT -> !fact.transcontinental();
            case CAPITAL, CAPITAL_OF -> !fact.capital().equals(fact.country());
            case CURRENCY -> true;
        };
    }
}
