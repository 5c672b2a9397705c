package io.buzzline.content.generation;

import java.util.Iterator;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.content.question.QuestionContent;

/** Test fixture: a generator whose provider is always down, to drive jobs into the dead state. */
@ApplicationScoped
public class FailingGenerator implements QuestionGenerator {

    public static final String NAME = "failing";
    public static final String REASON = "provider unreachable (test fixture)";

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
        throw new GenerationException(REASON, true);
    }
}
