package dev.cfnguard.internal.value;

/** A 1-based line and 0-based column in a source text, numbered as the reference numbers them. */
public record Location(int line, int column) {
    public static final Location NONE = new Location(0, 0);
}
