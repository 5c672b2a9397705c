package io.buzzline.gateway.protocol;

/** A client frame was refused before reaching match; becomes an error frame. */
public final class FrameException extends RuntimeException {

    private final transient String frameId;
    private final ErrorCode code;

    public FrameException(ErrorCode code, String frameId, String message) {
        super(message, null, false, false);
        this.code = code;
        this.frameId = frameId;
    }

    public ErrorCode code() {
        return code;
    }

    public String frameId() {
        return frameId;
    }
}
