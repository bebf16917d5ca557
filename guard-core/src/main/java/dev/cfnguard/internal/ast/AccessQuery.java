package dev.cfnguard.internal.ast;

import java.util.List;

/**
 * A query such as {@code Resources.*[ Type == /S3/ ].Properties}. {@code matchAll} is false for
 * queries written with {@code some}, which hold when any selected value satisfies the clause.
 */
public record AccessQuery(List<QueryPart> parts, boolean matchAll) {
    public AccessQuery {
        parts = List.copyOf(parts);
    }
}
