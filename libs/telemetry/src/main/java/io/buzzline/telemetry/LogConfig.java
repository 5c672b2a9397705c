package io.buzzline.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service writes its log lines. */
@ConfigMapping(prefix = "buzzline.log")
public interface LogConfig {

    /** {@code text} (Quarkus' pattern, for people) or {@code json} (one object per line, for collectors). */
    @WithDefault("text")
    Format format();

    /** The two line formats. */
    enum Format {
        TEXT,
        JSON
    }
}
