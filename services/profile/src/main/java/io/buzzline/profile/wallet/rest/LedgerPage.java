package io.buzzline.profile.wallet.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Entries newest first; {@code nextBefore} asks for the page after this one, absent on the last. */
@Schema(name = "LedgerPage")
public record LedgerPage(
        List<LedgerEntryView> entries,
        @Schema(nullable = true) Long nextBefore) {}
