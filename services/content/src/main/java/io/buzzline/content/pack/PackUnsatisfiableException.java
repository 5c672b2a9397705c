package io.buzzline.content.pack;

/** The bank cannot satisfy a pack request; {@link #selection()} says why. */
public class PackUnsatisfiableException extends RuntimeException {

    private final Selection selection;
    private final int requested;

    public PackUnsatisfiableException(Selection selection, int requested) {
        super(describe(selection, requested));
        this.selection = selection;
        this.requested = requested;
    }

    public Selection selection() {
        return selection;
    }

    public int requested() {
        return requested;
    }

    private static String describe(Selection selection, int requested) {
        return switch (selection) {
            case Selection.BankTooSmall small ->
                "the bank holds " + small.matching() + " active questions matching the request, " + requested
                        + " were asked for";
            case Selection.TooManyRecent recent ->
                recent.matching() + " questions match but only " + recent.fresh()
                        + " were not played recently by this group; " + requested + " were asked for";
            case Selection.Chosen chosen -> "satisfied";
        };
    }
}
