package dev.cfnguard.internal.tree;

/**
 * Thrown by {@link ParseTreePrinter} when the tree holds a value the reference cannot serialize either
 * (a float that overflowed to infinity). Output written before the value stays written.
 */
public final class TreeSerializationException extends RuntimeException {

    TreeSerializationException(String message) {
        super(message, null, false, false);
    }
}
