package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

    @TempDir
    Path temp;

    @Test
    void walksDepthFirstWithSubdirectoriesWhereTheySort() throws IOException {
        Path root = temp.toRealPath();
        write(root.resolve("b.txt"));
        write(root.resolve("a/z.txt"));
        write(root.resolve("c/d/e.txt"));
        write(root.resolve("a-x.txt"));
        assertEquals(List.of("a/z.txt", "a-x.txt", "b.txt", "c/d/e.txt"),
                relative(root, FileWalker.regularFiles(root.toString(), FileOrder.ALPHABETICAL, false)));
    }

    @Test
    void directoryOrderIsTheOperatingSystemListing() throws IOException {
        Path root = temp.toRealPath();
        for (String name : List.of("q.txt", "b.txt", "x.txt", "a.txt", "m.txt")) {
            write(root.resolve(name));
        }
        List<String> listed = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            stream.forEach(p -> listed.add(p.getFileName().toString()));
        }
        assertEquals(listed, relative(root, FileWalker.regularFiles(root.toString(), FileOrder.DIRECTORY, false)));
    }

    @Test
    void followedLinkLoopsAndBrokenLinksAreSkipped() throws IOException {
        Path root = temp.toRealPath();
        write(root.resolve("d/f.txt"));
        Files.createSymbolicLink(root.resolve("d/back"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("d/broken.txt"), Path.of("nowhere"));
        // d/back leads to an ancestor: as in the reference, a followed link is not walked into then.
        assertEquals(List.of("d/f.txt"),
                relative(root, FileWalker.regularFiles(root.toString(), FileOrder.ALPHABETICAL, true)));
        assertEquals(List.of("d/f.txt"),
                relative(root, FileWalker.regularFiles(root.toString(), FileOrder.ALPHABETICAL, false)));
    }

    @Test
    void displayKeepsTheRootAsTyped() throws IOException {
        Path root = temp.toRealPath();
        write(root.resolve("d/f.txt"));
        assertEquals(List.of(root + "//d/f.txt"), displays(FileWalker.regularFiles(root + "//", FileOrder.DIRECTORY, false)));
        assertEquals(List.of(root + "/./d/f.txt"), displays(FileWalker.regularFiles(root + "/.", FileOrder.DIRECTORY, false)));
        assertEquals(List.of(root + "/d/f.txt"),
                displays(FileWalker.regularFiles(root + "/d/f.txt", FileOrder.DIRECTORY, false)));
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private static List<String> relative(Path root, List<InputFile> files) {
        return files.stream().map(f -> f.display().substring(root.toString().length() + 1)).toList();
    }

    private static List<String> displays(List<InputFile> files) {
        return files.stream().map(InputFile::display).toList();
    }
}
