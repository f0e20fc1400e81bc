package nl.dorpskracht.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The project's compiled top-level classes under some packages, from the compiled-classes folders and the jars on the
 * test classpath: the tests that check every page bean read them, so a new page is checked without anyone remembering
 * to. Nested classes and the tests themselves are left out.
 */
final class CompiledClasses {

    private CompiledClasses() {
    }

    static Set<String> namesUnder(List<String> packages) {
        Set<String> names = new TreeSet<>();
        try {
            for (String pkg : packages) {
                for (URL root : Collections.list(CompiledClasses.class.getClassLoader().getResources(pkg))) {
                    if ("jar".equals(root.getProtocol())) {
                        try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                            jar.stream().map(entry -> entry.getName())
                                    .filter(name -> name.startsWith(pkg + "/") && name.endsWith(".class"))
                                    .forEach(name -> names.add(className(name)));
                        }
                    } else {
                        Path base = Path.of(root.toURI());
                        try (Stream<Path> files = Files.walk(base)) {
                            files.filter(file -> file.toString().endsWith(".class"))
                                    .forEach(file -> names.add(className(pkg + "/" + base.relativize(file))));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.removeIf(name -> name.contains("$") || name.endsWith("Test"));
        return names;
    }

    /** Loads without initialising: a page bean's static state is not the test's business. */
    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CompiledClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String className(String resource) {
        return resource.replace('\\', '/').replace(".class", "").replace('/', '.');
    }
}
