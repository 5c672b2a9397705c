package io.buzzline.engine;

import java.util.List;

import io.buzzline.events.EventEnvelope;

import static io.buzzline.events.Require.nonEmpty;
import static io.buzzline.events.Require.nonNull;

/** What {@code decide} answers: the events to append, in order, or a rejection with its reason. */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

    /** The command is accepted; its events carry consecutive sequence numbers after the state's. */
    record Accepted(List<EventEnvelope> events) implements Decision {
        public Accepted {
            events = List.copyOf(nonEmpty(events, "events"));
        }
    }

    /** The command is refused and changes nothing. */
    record Rejected(Rejection reason) implements Decision {
        public Rejected {
            nonNull(reason, "reason");
        }
    }

    static Decision reject(Rejection reason) {
        return new Rejected(reason);
    }
}
