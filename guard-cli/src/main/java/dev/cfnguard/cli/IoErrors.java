package dev.cfnguard.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words I/O failures the way the reference (Rust's std::io::Error) does, for messages on stderr. */
final class IoErrors {
    private IoErrors() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory (os error 2)";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied (os error 13)";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory (os error 20)";
        }
        if (e instanceof CharacterCodingException) {
            return "stream did not contain valid UTF-8";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
