package nl.dorpskracht.platform.input;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the {@link MultiLine} fields of a request body type and of the types it holds (a campaign's positions),
 * so that one check of the raw JSON knows where a line break belongs.
 */
public final class MultiLineFields {

    private static final ClassValue<Set<String>> NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            collect(type, names, new HashSet<>());
            return Set.copyOf(names);
        }
    };

    private MultiLineFields() {
    }

    public static Set<String> of(Class<?> type) {
        return NAMES.get(type);
    }

    private static void collect(Type type, Set<String> names, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, names, seen);
            }
            collect(generic.getRawType(), names, seen);
            return;
        }
        if (!(type instanceof Class<?> plain) || !plain.getName().startsWith("nl.dorpskracht.") || !seen.add(plain)) {
            return;
        }
        for (Field field : plain.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (field.isAnnotationPresent(MultiLine.class)) {
                names.add(field.getName());
            }
            collect(field.getGenericType(), names, seen);
        }
    }
}
