package dev.cfnguard.internal.value;

import java.util.Objects;

/**
 * Where a value sits: its JSON-pointer-like path ({@code /Resources/Bucket/Properties}) and the
 * source position of the node. Literals written in rules have the empty path.
 *
 * <p>A document has a path per node, and most are read only when a report names them; so a child
 * path keeps its parent and its own segment, and {@link #pointer()} joins them on demand. A large
 * template thus holds no pointer string per node. Two paths are equal when their pointers and
 * locations are. Immutable, thread-safe.
 */
public final class Path {
    public static final Path ROOT = new Path("", Location.NONE);

    /** Null for a path made from a whole pointer, which {@link #segment} then holds. */
    private final Path parent;
    /** The last segment, the whole pointer (no parent), or null: the list {@link #index}, or none. */
    private final String segment;
    /** The last segment as a list index, or -1. */
    private final int index;
    private final int line;
    private final int column;

    public Path(String pointer, Location location) {
        this(null, Objects.requireNonNull(pointer, "pointer"), -1, location);
    }

    private Path(Path parent, String segment, int index, Location at) {
        this.parent = parent;
        this.segment = segment;
        this.index = index;
        this.line = at.line();
        this.column = at.column();
    }

    public Path child(String key, Location at) {
        return new Path(this, Objects.requireNonNull(key, "key"), -1, at);
    }

    public Path child(int index, Location at) {
        if (index < 0) {
            // Not a list index: keep the text, as the pointer has it.
            return child(Integer.toString(index), at);
        }
        return new Path(this, null, index, at);
    }

    /** This pointer at another location (the key of a mapping has its mapping's pointer). */
    public Path at(Location location) {
        return new Path(this, null, -1, location);
    }

    public String pointer() {
        if (parent == null) {
            return segment;
        }
        int depth = 0;
        for (Path p = this; p != null; p = p.parent) {
            depth++;
        }
        Path[] chain = new Path[depth];
        for (Path p = this; p != null; p = p.parent) {
            chain[--depth] = p;
        }
        StringBuilder text = new StringBuilder(64).append(chain[0].segment);
        for (int i = 1; i < chain.length; i++) {
            Path p = chain[i];
            if (p.segment != null) {
                text.append('/').append(p.segment);
            } else if (p.index >= 0) {
                text.append('/').append(p.index);
            }
        }
        return text.toString();
    }

    public Location location() {
        return line == 0 && column == 0 ? Location.NONE : new Location(line, column);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Path that && line == that.line && column == that.column
                && pointer().equals(that.pointer());
    }

    @Override
    public int hashCode() {
        return 31 * pointer().hashCode() + location().hashCode();
    }

    @Override
    public String toString() {
        // The form the record this class replaced printed.
        return "Path[pointer=" + pointer() + ", location=" + location() + "]";
    }
}
