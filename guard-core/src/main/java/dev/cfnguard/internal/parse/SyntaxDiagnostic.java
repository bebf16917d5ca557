package dev.cfnguard.internal.parse;

/**
 * One syntax error in a rules file: where it is (1-based line and column, counted in characters)
 * and what is wrong.
 */
public record SyntaxDiagnostic(String fileName, int line, int column, String message) {

    /** A one-line rendering: {@code Error parsing rules file x.guard at line 3 column 7: message}. */
    public String format() {
        String file = fileName == null || fileName.isBlank() ? "" : " " + fileName;
        return "Error parsing rules file" + file + " at line " + line + " column " + column + ": " + message;
    }
}
