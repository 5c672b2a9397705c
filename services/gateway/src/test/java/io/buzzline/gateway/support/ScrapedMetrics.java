package io.buzzline.gateway.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads one sample of the gateway's Prometheus scrape, as Prometheus would see it. */
public final class ScrapedMetrics {

    private ScrapedMetrics() {}

    /**
     * The value of the sample named {@code name} whose labels include {@code label} (e.g.
     * {@code outcome="resumed"}; empty for any), 0 when there is none yet.
     */
    public static double value(String metricsUrl, String name, String label) {
        Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)})? ([0-9.eE+-]+)$");
        Matcher found = sample.matcher(given().get(metricsUrl).asString());
        while (found.find()) {
            String labels = found.group(1) == null ? "" : found.group(1);
            if (labels.contains(label)) {
                return Double.parseDouble(found.group(2));
            }
        }
        return 0;
    }
}
