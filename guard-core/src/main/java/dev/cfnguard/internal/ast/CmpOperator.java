package dev.cfnguard.internal.ast;

/** The comparison operators; {@link #isUnary()} tells those that take no right-hand side. */
public enum CmpOperator {
    EQ("Eq", "EQUALS"),
    IN("In", "IN"),
    GT("Gt", "GREATER THAN"),
    LT("Lt", "LESS THAN"),
    LE("Le", "LESS THAN EQUALS"),
    GE("Ge", "GREATER THAN EQUALS"),
    EXISTS("Exists", "EXISTS"),
    EMPTY("Empty", "EMPTY"),
    IS_STRING("IsString", "IS STRING"),
    IS_LIST("IsList", "IS LIST"),
    IS_MAP("IsMap", "IS MAP"),
    IS_BOOL("IsBool", "IS BOOL"),
    IS_INT("IsInt", "IS INT"),
    IS_FLOAT("IsFloat", "IS FLOAT"),
    IS_NULL("IsNull", "IS NULL");

    private final String treeName;
    private final String reportName;

    CmpOperator(String treeName, String reportName) {
        this.treeName = treeName;
        this.reportName = reportName;
    }

    /** The name used in {@code parse-tree} output. */
    public String treeName() {
        return treeName;
    }

    /** The name used in reports ({@code GREATER THAN}). */
    public String reportName() {
        return reportName;
    }

    public boolean isUnary() {
        return switch (this) {
            case EQ, IN, GT, LT, LE, GE -> false;
            default -> true;
        };
    }
}
