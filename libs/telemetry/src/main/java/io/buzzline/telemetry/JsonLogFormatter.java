package io.buzzline.telemetry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One JSON object per line, for a log collector: time, level, logger, thread, message, the service, every
 * MDC entry as a top-level field (traceId and spanId, gameId and playerId: {@link LogFields}) and the stack
 * trace of an exception. Written by hand because the quarkus-logging-json extension cannot be built here
 * (its deployment artifact is not served; README "Versions and why"); the format is plain enough.
 */
public final class JsonLogFormatter extends ExtFormatter {

    private final String service;

    public JsonLogFormatter(String service) {
        this.service = service;
    }

    @Override
    public String format(ExtLogRecord record) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
        field(line, "level", record.getLevel().getName());
        field(line, "service", service);
        field(line, "loggerName", record.getLoggerName());
        field(line, "threadName", record.getThreadName());
        field(line, "message", formatMessage(record));
        Map<String, String> mdc = new TreeMap<>(record.getMdcCopy());
        mdc.forEach((key, value) -> field(line, key, value));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            field(line, "exception", trace.toString());
        }
        line.setLength(line.length() - 1);
        return line.append('}').append('\n').toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        if (value == null) {
            return;
        }
        string(line, name);
        line.append(':');
        string(line, value);
        line.append(',');
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
    static void string(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
