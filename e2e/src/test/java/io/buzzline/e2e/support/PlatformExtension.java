package io.buzzline.e2e.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a Jupiter test the run's {@link RunningPlatform#shared() RunningPlatform}, every process alive;
 * {@link PlatformSession} closes it after the last test of the run (jqwik's properties included).
 */
public final class PlatformExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return RunningPlatform.shared();
    }
}
