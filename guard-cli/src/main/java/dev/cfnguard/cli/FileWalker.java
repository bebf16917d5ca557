package dev.cfnguard.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lists the regular files at or under a path the way the reference's directory walk does (walkdir 2.3):
 * depth first, each directory's entries sorted by a {@link FileOrder} and a subdirectory's files listed
 * where the subdirectory sorts among its siblings. A root that is a symbolic link is always followed;
 * links below it are followed only when asked, and a link to a regular file counts as a file either way.
 * Unreadable directories and broken links are skipped silently, as the reference does. Stateless.
 */
final class FileWalker {
    private FileWalker() {}

    /**
     * @param root the path as given on the command line; it must exist
     * @return the regular files, the root itself if it is one, in walk order
     */
    static List<InputFile> regularFiles(String root, FileOrder order, boolean followLinks) {
        List<InputFile> found = new ArrayList<>();
        Path rootPath = Path.of(root);
        BasicFileAttributes attributes = attributes(rootPath, true);
        if (attributes == null) {
            return found;
        }
        if (attributes.isDirectory()) {
            Deque<Object> ancestors = new ArrayDeque<>();
            new Walk(order, followLinks, found).directory(rootPath, root, attributes, ancestors);
        } else if (attributes.isRegularFile()) {
            found.add(new InputFile(rootPath, root));
        }
        return found;
    }

    /** The reference's path join: no second separator after a path that already ends with one. */
    static String join(String directory, String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    private static BasicFileAttributes attributes(Path path, boolean followLinks) {
        try {
            return followLinks
                    ? Files.readAttributes(path, BasicFileAttributes.class)
                    : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private record Walk(FileOrder order, boolean followLinks, List<InputFile> found) {

        void directory(Path directory, String display, BasicFileAttributes attributes, Deque<Object> ancestors) {
            Object key = attributes.fileKey();
            if (key != null && ancestors.contains(key)) {
                return; // a followed link back to an ancestor: walking it would never end
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                return;
            }
            order.sort(entries);
            if (key != null) {
                ancestors.push(key);
            }
            for (Path entry : entries) {
                String entryDisplay = join(display, entry.getFileName().toString());
                BasicFileAttributes entryAttributes = attributes(entry, followLinks);
                if (entryAttributes == null) {
                    continue;
                }
                if (entryAttributes.isDirectory()) {
                    directory(entry, entryDisplay, entryAttributes, ancestors);
                } else if (Files.isRegularFile(entry)) {
                    found.add(new InputFile(entry, entryDisplay));
                }
            }
            if (key != null) {
                ancestors.pop();
            }
        }
    }
}
