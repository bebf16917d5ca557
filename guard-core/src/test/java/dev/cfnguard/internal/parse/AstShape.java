package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.ast.SourceLocation;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AST (or any tree of records, lists and maps) as nested maps and lists without its source locations
 * and value paths, for comparing two parses of different text.
 */
final class AstShape {
    private AstShape() {}

    static Object of(Object node) {
        if (node == null || node instanceof SourceLocation || node instanceof Path || node instanceof Location) {
            return null;
        }
        if (node instanceof Record record) {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("@", record.getClass().getSimpleName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    shape.put(component.getName(), of(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return shape;
        }
        if (node instanceof List<?> list) {
            List<Object> shape = new ArrayList<>();
            list.forEach(element -> shape.add(of(element)));
            return shape;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> shape = new LinkedHashMap<>();
            map.forEach((key, value) -> shape.put(key, of(value)));
            return shape;
        }
        return node;
    }
}
