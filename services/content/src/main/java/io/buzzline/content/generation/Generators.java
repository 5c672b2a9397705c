package io.buzzline.content.generation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Every {@link QuestionGenerator} bean, found by name. */
@ApplicationScoped
public class Generators {

    private final List<QuestionGenerator> all;

    public Generators(Instance<QuestionGenerator> generators) {
        this.all = generators.stream().toList();
    }

    public Optional<QuestionGenerator> find(String name) {
        return all.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The names of the generators that can run here. */
    public List<String> available() {
        return all.stream()
                .filter(QuestionGenerator::available)
                .map(QuestionGenerator::name)
                .sorted()
                .toList();
    }
}
