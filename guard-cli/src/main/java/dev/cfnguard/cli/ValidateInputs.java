package dev.cfnguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the inputs of a {@code validate} run the way the reference does:
 * <ul>
 *   <li>every {@code -r/-d/-i} path must exist (else "The path `x` does not exist");</li>
 *   <li>a rules path that is a file is used whatever its extension; in a directory only
 *       {@code .guard} and {@code .ruleset} files are used, named by their file name;</li>
 *   <li>data files, named or found in a directory, are used only with a {@code .yaml .yml .json .jsn
 *       .template} extension, checked on their absolute, symlink-resolved path, which is also their
 *       name; input-parameter files likewise, but named and checked by their file name;</li>
 *   <li>directories are walked recursively ({@link FileWalker}), links below them not followed;</li>
 *   <li>blank data is an error.</li>
 * </ul>
 * Stateless.
 */
final class ValidateInputs {
    static final List<String> RULES_EXTENSIONS = List.of(".guard", ".ruleset");
    static final List<String> DATA_EXTENSIONS = List.of(".yaml", ".yml", ".json", ".jsn", ".template");

    private ValidateInputs() {}

    /** The data files of {@code -d}, in argument order, each argument's files in walk order. */
    static List<DataSource> dataFiles(List<String> paths, FileOrder order) throws GuardCliException {
        List<DataSource> sources = new ArrayList<>();
        for (String path : paths) {
            requireExists(path);
            for (InputFile file : FileWalker.regularFiles(path, order, false)) {
                String name = realPath(file.path());
                if (hasExtension(name, DATA_EXTENSIONS)) {
                    sources.add(dataSource(name, read(file.path())));
                }
            }
        }
        return sources;
    }

    /** The files of {@code -i}, named by file name. */
    static List<DataSource> inputParameterFiles(List<String> paths, FileOrder order) throws GuardCliException {
        List<DataSource> sources = new ArrayList<>();
        for (String path : paths) {
            requireExists(path);
            for (InputFile file : FileWalker.regularFiles(path, order, false)) {
                String name = file.fileName();
                if (hasExtension(name, DATA_EXTENSIONS)) {
                    sources.add(dataSource(name, read(file.path())));
                }
            }
        }
        return sources;
    }

    /** The data piped in when rules are given without {@code -d}, named {@code STDIN}. */
    static DataSource stdinData(InputStream stdin) throws GuardCliException {
        try {
            return dataSource("STDIN", TextFiles.read(stdin));
        } catch (IOException e) {
            throw GuardCliException.io(e);
        }
    }

    /** The rules files of {@code -r}, in argument order, each directory's files in walk order. */
    static List<InputFile> rulesFiles(List<String> paths, FileOrder order) throws GuardCliException {
        List<InputFile> files = new ArrayList<>();
        for (String path : paths) {
            requireExists(path);
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                files.add(new InputFile(file, path));
                continue;
            }
            for (InputFile found : FileWalker.regularFiles(path, order, false)) {
                if (hasExtension(found.fileName(), RULES_EXTENSIONS)) {
                    files.add(found);
                }
            }
        }
        return files;
    }

    /**
     * Reads the rules files. One that cannot be read is reported on stderr; with {@code --structured}
     * that ends the run, otherwise the reference skips the file and goes on.
     */
    static List<RuleSource> readRules(List<InputFile> files, boolean failOnUnreadable, PrintWriter stderr)
            throws GuardCliException {
        List<RuleSource> sources = new ArrayList<>();
        for (InputFile file : files) {
            try {
                sources.add(new RuleSource(file.fileName(), TextFiles.read(file.path())));
            } catch (IOException e) {
                GuardCliException error = GuardCliException.io(e);
                if (failOnUnreadable) {
                    stderr.print("Unable to read content from file " + error.getMessage() + "\n");
                    throw error;
                }
                stderr.print("Unable read content from file " + error.getMessage() + "\n");
            }
        }
        return sources;
    }

    /** A data source, unless the text is blank, which the reference reports before parsing. */
    static DataSource dataSource(String name, String content) throws GuardCliException {
        if (Whitespace.isBlank(content)) {
            throw GuardCliException.parseError("Unable to parse a template from data file: " + name + " is empty");
        }
        return new DataSource(name, content);
    }

    /** Fails with the reference's message unless {@code path} exists (following links). */
    static void requireExists(String path) throws GuardCliException {
        if (!exists(path)) {
            throw GuardCliException.pathNotFound(path);
        }
    }

    static boolean exists(String path) {
        if (path.isEmpty()) {
            return false; // Path.of("") is the working directory, but the reference's empty path is nothing
        }
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static boolean hasExtension(String name, List<String> extensions) {
        return extensions.stream().anyMatch(name::endsWith);
    }

    private static String realPath(Path path) throws GuardCliException {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            throw GuardCliException.io(e);
        }
    }

    private static String read(Path path) throws GuardCliException {
        try {
            return TextFiles.read(path);
        } catch (IOException e) {
            throw GuardCliException.io(e);
        }
    }
}
