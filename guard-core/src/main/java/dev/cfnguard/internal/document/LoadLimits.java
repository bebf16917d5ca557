package dev.cfnguard.internal.document;

/**
 * Bounds that keep a hostile data file from exhausting the JVM. Every limit is checked while
 * loading, so an oversized input is rejected before it is materialised.
 *
 * @param maxInputChars  longest accepted text, in UTF-16 chars (files: in bytes, checked before reading)
 * @param maxDepth       deepest accepted nesting of sequences and mappings (the root collection is depth 1)
 * @param maxNodes       most nodes one document may produce, counting every copy an alias expands to
 */
public record LoadLimits(long maxInputChars, int maxDepth, long maxNodes) {

    /**
     * Generous for any CloudFormation template (which AWS caps at 1 MB) and for generated documents of a
     * hundred megabytes (about eight million nodes), whose compact tree stays within a 2 GB heap. The
     * reference itself crashes beyond roughly 5,000 levels.
     */
    public static final LoadLimits DEFAULT = new LoadLimits(256L * 1024 * 1024, 5_000, 16_000_000L);

    public LoadLimits {
        if (maxInputChars < 1 || maxDepth < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }

    public LoadLimits withMaxInputChars(long value) {
        return new LoadLimits(value, maxDepth, maxNodes);
    }

    public LoadLimits withMaxDepth(int value) {
        return new LoadLimits(maxInputChars, value, maxNodes);
    }

    public LoadLimits withMaxNodes(long value) {
        return new LoadLimits(maxInputChars, maxDepth, value);
    }
}
