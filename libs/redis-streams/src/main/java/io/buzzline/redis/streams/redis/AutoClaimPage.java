package io.buzzline.redis.streams.redis;

import java.util.List;

/** One XAUTOCLAIM step: the cursor to continue from ("0-0" when the scan wrapped) and the claimed entries. */
public record AutoClaimPage(String nextCursor, List<StreamEntry> entries) {}
