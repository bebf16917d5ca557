package dev.cfnguard;

/** How a document's text is read, for {@link Guard#parseDocument(String, String, DocumentFormat)}. */
public enum DocumentFormat {
    /**
     * YAML 1.2, which includes JSON: what {@code cfn-guard} does with every data file, so a {@code .json}
     * template and its YAML twin load the same. CloudFormation's short-form tags ({@code !Ref}) are understood.
     */
    YAML,
    /**
     * Strict JSON (RFC 8259): text that is only valid as YAML, such as a comment or an unquoted key, is an
     * error. The values, and their lines and columns, are those YAML reading gives.
     */
    JSON
}
