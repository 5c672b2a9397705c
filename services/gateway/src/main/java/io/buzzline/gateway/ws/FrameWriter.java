package io.buzzline.gateway.ws;

/**
 * Writes one text frame to one connection. Exactly one of the callbacks runs, once the frame has left
 * ({@code written}) or could not ({@code failed}); {@link Outbound} writes the next frame only then.
 */
interface FrameWriter {

    void write(String text, Runnable written, Runnable failed);
}
