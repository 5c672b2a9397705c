package io.buzzline.content.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts an {@link LlmStub} and points the llm generator at it (short timeout, small batches). */
public class LlmStubResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectLlmStub {}

    private LlmStub stub;

    @Override
    public Map<String, String> start() {
        try {
            stub = LlmStub.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "buzzline.generation.llm.url",
                stub.baseUrl(),
                "buzzline.generation.llm.api-key",
                LlmStub.API_KEY,
                "buzzline.generation.llm.model",
                LlmStub.MODEL,
                "buzzline.generation.llm.timeout",
                "1s",
                "buzzline.generation.llm.batch-size",
                "5");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                stub, new TestInjector.AnnotatedAndMatchesType(InjectLlmStub.class, LlmStub.class));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
