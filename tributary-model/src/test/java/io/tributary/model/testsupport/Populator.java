package io.tributary.model.testsupport;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.TerraIntEnum;
import io.tributary.model.enums.TerraStringEnum;
import io.tributary.model.support.EnumType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds fully populated record instances reflectively: every component non-null, every list with at least one
 * element, recursively. Strings whose JSON name suggests a time get an ISO-8601 timestamp (a date for date fields),
 * enum-valued components (see {@link EnumType}) get a valid enum value, and constant components (those a record
 * defaults when given {@code null}, e.g. an event {@code type}) are left to their default.
 */
public final class Populator {
    public static final String TIMESTAMP = "2022-10-28T10:00:00.123456+01:00";
    public static final String DATE = "2022-10-28";

    private final Deque<Class<?>> stack = new ArrayDeque<>();

    public static <T extends Record> T populate(Class<T> type) {
        return new Populator().build(type);
    }

    private <T extends Record> T build(Class<T> type) {
        stack.push(type);
        try {
            RecordComponent[] comps = type.getRecordComponents();
            Object[] nulls = new Object[comps.length];
            T probe = instantiate(type, comps, nulls);
            Object[] args = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                RecordComponent rc = comps[i];
                if (rc.getName().equals("extra")) {
                    args[i] = Map.of();
                    continue;
                }
                if (rc.getAccessor().invoke(probe) != null) {
                    args[i] = null; // a constant the record fills in itself
                    continue;
                }
                args[i] = value(rc, rc.getGenericType(), jsonName(rc));
            }
            return instantiate(type, comps, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot populate " + type, e);
        } finally {
            stack.pop();
        }
    }

    static String jsonName(RecordComponent rc) {
        JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
        return p == null ? rc.getName() : p.value();
    }

    private static <T> T instantiate(Class<T> type, RecordComponent[] comps, Object[] args)
            throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<T> c = type.getDeclaredConstructor(types);
        try {
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + type + " failed", e.getCause());
        }
    }

    private Object value(RecordComponent rc, Type type, String json) {
        EnumType enumType = rc.getAccessor().getAnnotation(EnumType.class);
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type arg0 = pt.getActualTypeArguments()[0];
            if (raw == List.class) {
                if (arg0 instanceof Class<?> c && Record.class.isAssignableFrom(c) && stack.contains(c)) {
                    return stack.stream().filter(c::equals).count() > 1
                            ? null
                            : List.of(build(c.asSubclass(Record.class)));
                }
                if (json.endsWith("lat_lng_deg")) {
                    return List.of(51.5072, -0.1276);
                }
                return List.of(value(rc, arg0, json));
            }
            if (raw == Map.class) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("contributor_a", 0.25);
                return m;
            }
            throw new IllegalArgumentException("unsupported type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (enumType != null) {
            Object first = enumType.value().getEnumConstants()[0];
            if (first instanceof TerraIntEnum ie) {
                return ie.value();
            }
            return ((TerraStringEnum) first).value();
        }
        if (c == String.class) {
            return string(json);
        }
        if (c == Double.class) {
            return 1.5;
        }
        if (c == Integer.class) {
            return 2;
        }
        if (c == Long.class) {
            return 3L;
        }
        if (c == Boolean.class) {
            return Boolean.TRUE;
        }
        if (Record.class.isAssignableFrom(c)) {
            return build(c.asSubclass(Record.class));
        }
        throw new IllegalArgumentException("unsupported type " + type + " of " + json);
    }

    private static String string(String json) {
        String n = json.toLowerCase();
        if (n.equals("planned_date")
                || n.equals("date_of_birth")
                || n.equals("ovulation_day")
                || n.equals("period_start_date")
                || n.startsWith("fertility_window")
                || n.equals("start_date")
                || n.equals("end_date")
                || n.endsWith("collection_date")) {
            return DATE;
        }
        if (n.contains("time") || n.contains("date") || n.endsWith("_at") || n.contains("timestamp")) {
            return TIMESTAMP;
        }
        if (n.equals("version")) {
            return "2022-03-16";
        }
        return "sample " + json;
    }
}
