package dev.cfnguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order in which the entries of one directory are visited. Every sort is stable. */
enum FileOrder {
    /** As the operating system lists them (the reference's default for {@code test -t DIR}). */
    DIRECTORY,
    /** By file name, compared as UTF-8 bytes ({@code -a}, and the default of {@code validate}). */
    ALPHABETICAL,
    /** By last-modified time, oldest first; a symbolic link counts with its own time ({@code -m}). */
    LAST_MODIFIED;

    void sort(List<Path> siblings) {
        switch (this) {
            case DIRECTORY -> { }
            case ALPHABETICAL -> siblings.sort(Comparator.comparing(FileOrder::nameBytes, Arrays::compareUnsigned));
            case LAST_MODIFIED -> {
                Map<Path, FileTime> times = new HashMap<>();
                for (Path sibling : siblings) {
                    times.put(sibling, modifiedTime(sibling));
                }
                siblings.sort(Comparator.comparing(times::get));
            }
        }
    }

    static byte[] nameBytes(Path path) {
        Path name = path.getFileName();
        return (name == null ? "" : name.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static FileTime modifiedTime(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // The reference treats an unreadable time as "equal to anything", which is no order at all;
            // the epoch keeps the comparison consistent and only matters for files vanishing mid-walk.
            return FileTime.fromMillis(0);
        }
    }
}
