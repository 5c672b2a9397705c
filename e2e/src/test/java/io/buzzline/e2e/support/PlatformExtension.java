package io.buzzline.e2e.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the {@link RunningPlatform}, started on first use and kept in the root context's store,
 * which closes it after the last test of the run.
 */
public final class PlatformExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPlatform running = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(RunningPlatform.class, type -> new RunningPlatform(), RunningPlatform.class);
        running.restoreAll();
        return running;
    }
}
