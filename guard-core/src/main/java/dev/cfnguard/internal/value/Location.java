package dev.cfnguard.internal.value;

/**
 * A line and column in a source text, numbered as the reference numbers them. Nodes of data files use
 * libyaml's marks: both 0-based, the column counted in characters ({@code [L:6,C:17]} is the 7th line,
 * 18th character); test-file inputs are all at 0:0.
 */
public record Location(int line, int column) {
    public static final Location NONE = new Location(0, 0);
}
