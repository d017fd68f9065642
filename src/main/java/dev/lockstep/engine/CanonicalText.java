package dev.lockstep.engine;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A value written out in full for a cache key: every component of a record, every element of a list or
 * map, strings with their length so no two values read alike. Equal to {@code toString} in what it
 * covers, but without the method handles a record's generated {@code toString} spins up on first use:
 * for the handful of config records that was about 40 ms of a re-run with nothing changed.
 */
final class CanonicalText {
    private CanonicalText() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            out.append(text.length()).append('"').append(text).append('"');
        } else if (value instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getName()).append('.').append(e.name());
        } else if (value instanceof Record record) {
            out.append(record.getClass().getName()).append('[');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                append(out, read(component, record));
                out.append(';');
            }
            out.append(']');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            for (Object item : items) {
                append(out, item);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                append(out, e.getKey());
                out.append('=');
                append(out, e.getValue());
                out.append(',');
            }
            out.append('}');
        } else {
            // Numbers, booleans, patterns and any other value that states itself.
            out.append(value.getClass().getName()).append(':').append(value);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + component + " for a cache key", e);
        }
    }
}
