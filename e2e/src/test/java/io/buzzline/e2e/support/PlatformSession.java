package io.buzzline.e2e.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Closes the run's platform when the JUnit Platform launcher session ends, i.e. after every engine
 * (Jupiter, jqwik) ran its tests: neither engine's own lifecycle spans the other's, and starting the
 * platform once per engine would cost another ~35 s. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class PlatformSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunningPlatform.closeShared();
    }
}
