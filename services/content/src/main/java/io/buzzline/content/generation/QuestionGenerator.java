package io.buzzline.content.generation;

import java.util.Iterator;

import io.buzzline.content.question.QuestionContent;

/**
 * A source of candidate questions. Candidates are checked by the worker (rules, duplicates,
 * matching the spec) before anything is stored, so a generator may over-produce or err.
 */
public interface QuestionGenerator {

    /** The name jobs use to ask for this generator. */
    String name();

    /** False when it is not configured here (e.g. no LLM URL); jobs asking for it are refused. */
    boolean available();

    /**
     * Candidates for the spec, lazily; the worker stops pulling once it has stored {@code wanted}.
     * An iterator that ends early means the generator has nothing more to offer.
     *
     * @throws GenerationException when the generator cannot serve the spec at all or fails midway
     */
    Iterator<QuestionContent> candidates(GenerationSpec spec, int wanted);
}
