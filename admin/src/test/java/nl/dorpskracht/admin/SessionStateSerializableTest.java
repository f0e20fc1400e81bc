package nl.dorpskracht.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds travels to another instance of the cluster: every view- and session-scoped bean of the
 * project is {@link Serializable}, and each field that is neither static nor transient is too, or is an injected
 * normal-scoped bean (a proxy that serialises as a reference). Collections and maps count by their element types.
 * Reading the compiled classes means a new page is checked without anyone remembering to.
 */
class SessionStateSerializableTest {

    private static final List<String> PACKAGES = List.of("nl/dorpskracht");
    private static final String PROJECT_PACKAGE = "nl.dorpskracht.";
    /** Interfaces whose usual implementations (ArrayList, List.of, HashMap, …) serialise when their elements do. */
    private static final Set<Class<?>> CONTAINERS = Set.of(Collection.class, List.class, Set.class, Map.class);
    private static List<Class<?>> projectClasses;

    @Test
    void everyFieldOfEveryViewOrSessionScopedBeanSerialises() {
        List<Class<?>> beans = sessionHeldBeans();
        assertTrue(beans.size() >= 30,
                "found only " + beans.size() + " view- or session-scoped beans; is the scan broken?");
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            problems.addAll(problems(bean));
        }
        assertEquals(Set.of(), problems,
                "make these Serializable, or the field transient (and rebuilt when needed); never an injected one");
    }

    @Test
    void theCheckFindsWhatCannotTravel() {
        assertEquals(Set.of(Unserializable.class.getName() + " is not Serializable"),
                new HashSet<>(problems(Unserializable.class)));
        assertEquals(
                Set.of(WithBadFields.class.getName() + ".thread: java.lang.Thread",
                        WithBadFields.class.getName() + ".threads: java.util.List<java.lang.Thread>",
                        WithBadFields.class.getName() + ".helper: " + DependentHelper.class.getName(),
                        WithBadFields.class.getName() + ".lostOnTheWay: injected, yet transient"),
                new HashSet<>(problems(WithBadFields.class)));
        assertEquals(List.of(), problems(WithGoodFields.class));
    }

    private static List<String> problems(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + " is not Serializable");
            return problems;
        }
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean injected = field.isAnnotationPresent(Inject.class);
                if (injected && Modifier.isTransient(modifiers)) {
                    // the container injects only when it creates the bean: after the move the field would be null
                    problems.add(bean.getName() + "." + field.getName() + ": injected, yet transient");
                    continue;
                }
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (!(injected && injectedReference(field.getType()))
                        && !serialises(field.getGenericType(), new HashSet<>())) {
                    problems.add(bean.getName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                }
            }
        }
        return problems;
    }

    /**
     * The container injects a proxy that serialises as a reference to the bean, not the bean itself. An interface is
     * injected as the project's bean that implements it: a proxy when every such bean is normal-scoped.
     */
    private static boolean injectedReference(Class<?> type) {
        if (type == Instance.class || type == Event.class || type == Provider.class) {
            return true;
        }
        if (type.isInterface() && type.getName().startsWith(PROJECT_PACKAGE)) {
            List<Class<?>> beans = projectClasses().stream()
                    .filter(c -> type.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                    .toList();
            return !beans.isEmpty() && beans.stream().allMatch(SessionStateSerializableTest::proxied);
        }
        return proxied(type);
    }

    private static boolean proxied(Class<?> type) {
        return normalScoped(type) || type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class);
    }

    private static boolean normalScoped(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of this declared type serialises; the project's own classes are followed field by field. */
    private static boolean serialises(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive()) {
                return true;
            }
            if (raw.isArray()) {
                return serialises(raw.getComponentType(), seen);
            }
            if (!Serializable.class.isAssignableFrom(raw)) {
                return false;
            }
            return !raw.getName().startsWith(PROJECT_PACKAGE) || raw.isEnum() || !seen.add(raw)
                    || fieldsSerialise(raw, seen);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (!CONTAINERS.contains(raw) && !serialises(raw, seen)) {
                return false;
            }
            return Stream.of(parameterized.getActualTypeArguments()).allMatch(argument -> serialises(argument, seen));
        }
        if (type instanceof GenericArrayType array) {
            return serialises(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).allMatch(bound -> serialises(bound, seen));
        }
        return false;
    }

    private static boolean fieldsSerialise(Class<?> type, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !serialises(field.getGenericType(), seen)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Class<?>> sessionHeldBeans() {
        return projectClasses().stream().filter(
                type -> type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))
                .toList();
    }

    private static synchronized List<Class<?>> projectClasses() {
        if (projectClasses == null) {
            List<Class<?>> classes = new ArrayList<>();
            for (String className : classNames()) {
                try {
                    classes.add(load(className));
                } catch (LinkageError persistenceOnly) {
                    // EclipseLink is provided, not on this classpath: such a class is persistence, no session's bean
                }
            }
            projectClasses = List.copyOf(classes);
        }
        return projectClasses;
    }

    private static Set<String> classNames() {
        return CompiledClasses.namesUnder(PACKAGES);
    }

    private static Class<?> load(String name) {
        return CompiledClasses.load(name);
    }

    static class Unserializable {
    }

    /** Not normal-scoped: injected as the object itself. */
    static class DependentHelper {
    }

    static class WithBadFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread thread;
        private List<Thread> threads;
        @Inject
        private DependentHelper helper;
        @Inject
        private transient Object lostOnTheWay;
    }

    static class WithGoodFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private int number;
        private List<Map<String, java.time.LocalDate>> dates;
        private transient Thread rebuilt;
        @Inject
        private Instance<DependentHelper> helpers;
        @Inject
        private SessionScopedPart part;
    }

    @SessionScoped
    static class SessionScopedPart implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
