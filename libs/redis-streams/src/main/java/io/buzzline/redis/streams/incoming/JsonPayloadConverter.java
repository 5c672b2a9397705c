package io.buzzline.redis.streams.incoming;

import java.lang.reflect.Type;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.MessageConverter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.redis.streams.StreamFields;

/**
 * Decodes the JSON payload of a stream entry into the type the consuming method declares (a record of
 * the event model, say), with the application's ObjectMapper.
 */
@ApplicationScoped
public class JsonPayloadConverter implements MessageConverter {

    private final ObjectMapper mapper;

    public JsonPayloadConverter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean canConvert(Message<?> in, Type target) {
        return in.getPayload() instanceof String
                && target != String.class
                && target != Object.class
                && target != CharSequence.class
                && in.getMetadata(IncomingRedisStreamsMetadata.class)
                        .map(metadata -> StreamFields.JSON.equals(metadata.contentType()))
                        .orElse(false);
    }

    @Override
    public Message<?> convert(Message<?> in, Type target) {
        try {
            return in.withPayload(mapper.readValue((String) in.getPayload(), mapper.constructType(target)));
        } catch (JsonProcessingException e) {
            // Throwing here would fail the whole channel. The nack settles the entry with a clear reason
            // (dead-lettered under the default strategy); the unconverted message that follows then fails
            // in the method and its second nack is ignored.
            in.nack(new IllegalArgumentException(
                    "payload is not a " + target.getTypeName() + ": " + e.getOriginalMessage(), e));
            return in;
        }
    }
}
