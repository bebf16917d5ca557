package dev.cfnguard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Path-string operations with the reference's (Rust {@code std::path}) results, for paths that are
 * printed or compared as text: separators are {@code /}, repeated separators and inner {@code .}
 * components are not components, and a parent keeps the spelling of the text before it. Stateless.
 */
final class ReferencePaths {
    private ReferencePaths() {}

    /**
     * The parent of {@code path}: {@code a/b/c} gives {@code a/b}, {@code a} gives the empty string,
     * {@code /a} gives {@code /}, and {@code /} (or the empty path) has none.
     */
    static Optional<String> parent(String path) {
        List<int[]> components = components(path);
        if (components.isEmpty()) {
            return Optional.empty();
        }
        int[] last = components.remove(components.size() - 1);
        if (isRoot(path, last)) {
            return Optional.empty();
        }
        if (components.isEmpty()) {
            return Optional.of("");
        }
        return Optional.of(path.substring(0, components.get(components.size() - 1)[1]));
    }

    /** The last component's text, e.g. {@code tests} for {@code rules/tests/} (empty if there is none). */
    static String lastComponent(String path) {
        List<int[]> components = components(path);
        if (components.isEmpty()) {
            return "";
        }
        int[] last = components.get(components.size() - 1);
        return path.substring(last[0], last[1]);
    }

    /** Start and end offsets of each component, the root ({@code /}) included. */
    private static List<int[]> components(String path) {
        List<int[]> components = new ArrayList<>();
        int i = 0;
        if (path.startsWith("/")) {
            components.add(new int[] {0, 1});
        }
        while (i < path.length()) {
            while (i < path.length() && path.charAt(i) == '/') {
                i++;
            }
            if (i >= path.length()) {
                break;
            }
            int end = path.indexOf('/', i);
            end = end < 0 ? path.length() : end;
            // "." is a component only at the very start ("./a"); elsewhere it is skipped.
            if (!(path.substring(i, end).equals(".") && i > 0)) {
                components.add(new int[] {i, end});
            }
            i = end;
        }
        return components;
    }

    private static boolean isRoot(String path, int[] component) {
        return component[0] == 0 && component[1] == 1 && path.startsWith("/");
    }
}
