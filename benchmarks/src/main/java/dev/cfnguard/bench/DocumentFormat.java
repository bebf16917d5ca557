package dev.cfnguard.bench;

import java.util.Map;

/** The two notations of a CloudFormation template. */
public enum DocumentFormat {
    YAML("yaml"),
    JSON("json");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The text of {@code template} in this notation. */
    public String render(Map<String, ?> template) {
        return this == YAML ? YamlEmitter.emit(template) : JsonEmitter.emit(template);
    }
}
