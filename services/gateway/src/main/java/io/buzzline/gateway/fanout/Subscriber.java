package io.buzzline.gateway.fanout;

import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.resume.Append;
import io.buzzline.gateway.resume.LoggedEvent;

/** A local connection as its game's feed sees it. */
public interface Subscriber {

    String connectionId();

    /** Who holds the connection: decides what is routed to it. */
    Identity identity();

    /** An in-order event of the connection's game that its role may see. */
    void event(LoggedEvent event);

    /**
     * The events of one append that the connection's role may see (two or more): a protocol v3 connection
     * gets them in one frame, an older one an event frame each.
     */
    void append(Append append);

    /** An aggregate frame (tick, standings): not sequenced, not part of the resume contract. */
    void aggregate(String frame);

    /** Match refused the command {@code commandId} this connection sent. */
    void rejected(String commandId, String code, String message);

    /** The feed cannot read the game's log: the connection should resume elsewhere or later. */
    void failed();
}
