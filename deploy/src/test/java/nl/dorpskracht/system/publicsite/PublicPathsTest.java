package nl.dorpskracht.system.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dorpskracht.console.control.ReservedTenantCodes;
import nl.dorpskracht.web.publicsite.PublicRoute;
import org.junit.jupiter.api.Test;

/**
 * An association's public pages are {@code /{tenant}/…}, beside the application's own top-level paths: every top-level
 * folder and page the project's modules serve ({@code META-INF/resources} of web and admin) and every URL pattern of
 * {@code web.xml} must be a reserved tenant code (or a name no tenant code can have, with a dot or a capital), so no
 * tenant can be created under them. (A library's static folders, such as PrimeFaces' own, are left to the application
 * by the public site at run time: it asks the servlet context which top-level names it serves.)
 */
class PublicPathsTest {

    /** The project's own modules, as a reactor build puts them on the class path: folders or jars of web and admin. */
    private static final Pattern PROJECT_MODULE = Pattern.compile("/(web|admin)(/target/classes/|-[^/]*\\.jar!)");

    @Test
    void everyTopLevelPathOfTheDeploymentIsReservedOrCannotBeATenantCode() throws Exception {
        Set<String> segments = new TreeSet<>();
        segments.addAll(resourceFolders());
        segments.addAll(webXmlPatterns());
        segments.add("api"); // RestApplication's @ApplicationPath
        assertTrue(segments.containsAll(Set.of("admin", "portal", "regio", "password", "api")), segments.toString());
        Set<String> open = new TreeSet<>();
        for (String segment : segments) {
            if (ReservedTenantCodes.wellFormed(segment) && !ReservedTenantCodes.reserved(segment)) {
                open.add(segment);
            }
            assertTrue(PublicRoute.of("/" + segment + "/nieuws").isEmpty(), segment + " is taken for a tenant");
        }
        assertEquals(Set.of(), open, "top-level paths a tenant could be called: reserve them (V26 and Java)");
    }

    /** The first segment of every entry under META-INF/resources of the modules on the class path. */
    private static Set<String> resourceFolders() throws IOException, URISyntaxException {
        Set<String> names = new TreeSet<>();
        for (URL url : Collections.list(PublicPathsTest.class.getClassLoader().getResources("META-INF/resources"))) {
            if (!PROJECT_MODULE.matcher(url.toString()).find()) {
                continue;
            }
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> entries = Files.list(Path.of(url.toURI()))) {
                    entries.forEach(entry -> names.add(entry.getFileName().toString()));
                }
            } else if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false); // closing a cached JarFile would close the class loader's own
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith("META-INF/resources/") && name.length() > 19)
                            .map(name -> name.substring(19).split("/")[0]).forEach(names::add);
                }
            }
        }
        assertTrue(names.contains("admin") && names.contains("portal"), "web and admin are read: " + names);
        return names;
    }

    private static Set<String> webXmlPatterns() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Set<String> names = new TreeSet<>();
        Matcher pattern = Pattern.compile("<url-pattern>/([^/<*]+)").matcher(webXml);
        while (pattern.find()) {
            names.add(pattern.group(1));
        }
        return names;
    }

}
