package io.buzzline.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.CodedInputStream;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A collector for the run: an OTLP/HTTP receiver (protobuf, {@code POST /v1/traces}) on a free loopback
 * port that every service of the platform exports its spans to, so a test can see one trace across
 * processes, which an in-memory exporter inside one JVM cannot. It reads only what the tests assert on (ids,
 * names, the service, attributes, links) straight from the protobuf wire format with protobuf-java's
 * {@link CodedInputStream}, whose field numbers are OTLP's stable ones (opentelemetry-proto's
 * trace.proto); the generated classes of opentelemetry-proto served here need a newer protobuf runtime
 * than the platform pins.
 */
public final class TraceReceiver implements AutoCloseable {

    /** One received span; ids in lower-case hex, parent "" for a root. */
    public record ReceivedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            int kind,
            Map<String, String> attributes,
            List<String> linkedSpanIds) {

        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    // A queue, not a copy-on-write list: the whole run's spans arrive here (the contract suite's requests
    // too), a batch every 100 ms per service, and only TracesIT reads them.
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    public TraceReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the trace receiver", e);
        }
        // Only the path an OpenTelemetry collector serves: an exporter posting elsewhere gets the collector's 404.
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** The endpoint services export to (BUZZLINE_OTEL_ENDPOINT). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The environment that turns a service's tracing on and points it here: the variables the deploy manifests
     * set, so the test runs the production path; and an export every 100 ms instead of 5 s.
     */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "BUZZLINE_OTEL_DISABLED", "false",
                "BUZZLINE_OTEL_ENDPOINT", endpoint(),
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            byte[] bytes = body.readAllBytes();
            int status = 200;
            try {
                spans.addAll(request(CodedInputStream.newInstance(bytes)));
            } catch (IOException | RuntimeException e) {
                status = 400;
            }
            // An empty ExportTraceServiceResponse: no partial success to report.
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 resource_spans. */
    private static List<ReceivedSpan> request(CodedInputStream in) throws IOException {
        List<ReceivedSpan> received = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                received.addAll(resourceSpans(CodedInputStream.newInstance(in.readByteArray())));
            } else {
                in.skipField(tag);
            }
        }
        return received;
    }

    /** ResourceSpans: 1 resource (1 attributes), 2 scope_spans (2 spans). */
    private static List<ReceivedSpan> resourceSpans(CodedInputStream in) throws IOException {
        String service = "";
        List<byte[]> encodedSpans = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> {
                    Map<String, String> resource = new LinkedHashMap<>();
                    CodedInputStream r = CodedInputStream.newInstance(in.readByteArray());
                    for (int t = r.readTag(); t != 0; t = r.readTag()) {
                        if (t >>> 3 == 1) {
                            keyValue(r.readByteArray(), resource);
                        } else {
                            r.skipField(t);
                        }
                    }
                    service = resource.getOrDefault("service.name", "");
                }
                case 2 -> {
                    CodedInputStream scope = CodedInputStream.newInstance(in.readByteArray());
                    for (int t = scope.readTag(); t != 0; t = scope.readTag()) {
                        if (t >>> 3 == 2) {
                            encodedSpans.add(scope.readByteArray());
                        } else {
                            scope.skipField(t);
                        }
                    }
                }
                default -> in.skipField(tag);
            }
        }
        List<ReceivedSpan> spans = new ArrayList<>(encodedSpans.size());
        for (byte[] span : encodedSpans) {
            spans.add(span(service, CodedInputStream.newInstance(span)));
        }
        return spans;
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes, 13 links (2 span_id). */
    private static ReceivedSpan span(String service, CodedInputStream in) throws IOException {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> links = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> traceId = HEX.formatHex(in.readByteArray());
                case 2 -> spanId = HEX.formatHex(in.readByteArray());
                case 4 -> parent = HEX.formatHex(in.readByteArray());
                case 5 -> name = in.readString();
                case 6 -> kind = in.readEnum();
                case 9 -> keyValue(in.readByteArray(), attributes);
                case 13 -> {
                    CodedInputStream link = CodedInputStream.newInstance(in.readByteArray());
                    for (int t = link.readTag(); t != 0; t = link.readTag()) {
                        if (t >>> 3 == 2) {
                            links.add(HEX.formatHex(link.readByteArray()));
                        } else {
                            link.skipField(t);
                        }
                    }
                }
                default -> in.skipField(tag);
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind, attributes, links);
    }

    /** KeyValue: 1 key, 2 value (AnyValue: 1 string, 2 bool, 3 int, 4 double); other kinds are skipped. */
    private static void keyValue(byte[] bytes, Map<String, String> into) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        String key = null;
        String value = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                key = in.readString();
            } else if (tag >>> 3 == 2) {
                CodedInputStream any = CodedInputStream.newInstance(in.readByteArray());
                for (int t = any.readTag(); t != 0; t = any.readTag()) {
                    switch (t >>> 3) {
                        case 1 -> value = any.readString();
                        case 2 -> value = Boolean.toString(any.readBool());
                        case 3 -> value = Long.toString(any.readInt64());
                        case 4 -> value = Double.toString(any.readDouble());
                        default -> any.skipField(t);
                    }
                }
            } else {
                in.skipField(tag);
            }
        }
        if (key != null && value != null) {
            into.put(key, value);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
