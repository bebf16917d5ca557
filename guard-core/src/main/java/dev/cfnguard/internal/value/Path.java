package dev.cfnguard.internal.value;

/**
 * Where a value sits: its JSON-pointer-like path ({@code /Resources/Bucket/Properties}) and the
 * source position of the node. Literals written in rules have the empty path.
 */
public record Path(String pointer, Location location) {
    public static final Path ROOT = new Path("", Location.NONE);

    public Path child(String key, Location at) {
        return new Path(pointer + "/" + key, at);
    }

    public Path child(int index, Location at) {
        return new Path(pointer + "/" + index, at);
    }
}
