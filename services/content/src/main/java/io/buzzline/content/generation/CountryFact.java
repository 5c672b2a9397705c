package io.buzzline.content.generation;

import java.util.List;

/** One row of the shipped country dataset. */
record CountryFact(String country, String capital, String currency, List<String> continents, int tier) {

    /** The continent used as a distractor pool key: the first one listed. */
    String continent() {
        return continents.getFirst();
    }

    boolean transcontinental() {
        return continents.size() > 1;
    }
}
