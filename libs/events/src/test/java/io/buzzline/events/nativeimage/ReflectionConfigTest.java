package io.buzzline.events.nativeimage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CommandType;
import io.buzzline.events.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image sees only the classes registered for reflection, and the codec builds every record of
 * the model reflectively: the shipped reflect-config.json must list all of them.
 */
class ReflectionConfigTest {

    private static final String CONFIG = "META-INF/native-image/io.buzzline/buzzline-events/reflect-config.json";

    @Test
    void everyModelTypeTheCodecTouchesIsRegistered() throws IOException {
        Set<String> registered;
        try (InputStream json = getClass().getClassLoader().getResourceAsStream(CONFIG)) {
            assertThat(json).as(CONFIG).isNotNull();
            JsonNode entries = new ObjectMapper().readTree(json);
            registered = StreamSupport.stream(entries.spliterator(), false)
                    .map(entry -> entry.path("name").asText())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(registered).containsAll(modelTypes());
    }

    /** The payload types of both registries, everything their components reach, and the codec's wire records. */
    static Set<String> modelTypes() {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (EventType type : EventType.values()) {
            pending.add(type.payloadType());
        }
        for (CommandType type : CommandType.values()) {
            pending.add(type.payloadType());
        }
        Set<String> found = new TreeSet<>(Set.of(
                "io.buzzline.events.json.EventCodec$EventWire", "io.buzzline.events.json.CommandCodec$CommandWire"));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!type.getName().startsWith("io.buzzline.") || !found.add(type.getName()) || !type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                pending.add(component.getType());
                addTypeArguments(component.getGenericType(), pending);
            }
        }
        return found;
    }

    private static void addTypeArguments(Type type, Deque<Class<?>> pending) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (argument instanceof Class<?> c) {
                    pending.add(c);
                }
                addTypeArguments(argument, pending);
            }
        }
    }
}
