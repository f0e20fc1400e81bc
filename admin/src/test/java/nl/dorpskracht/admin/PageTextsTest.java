package nl.dorpskracht.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page of web or admin names as {@code msg['key']} is there in Dutch and in English, through the one
 * bundle the pages see ({@code PageTexts}), and no key is defined twice, neither in one file nor in two modules (a
 * second definition silently wins over the first).
 */
class PageTextsTest {

    private static final String PAGE_TEXTS = "nl.dorpskracht.web.faces.PageTexts";

    /** web's bundle and admin's, Dutch and English (root). */
    private static final List<String> FILES = List.of("nl/dorpskracht/web/messages.properties",
            "nl/dorpskracht/web/messages_nl.properties", "nl/dorpskracht/admin/messages.properties",
            "nl/dorpskracht/admin/messages_nl.properties");

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    private static final Pattern KEY_PREFIX = Pattern.compile("msg\\['([^']+\\.)'\\.concat\\(");

    private static final Pattern KEY_LINE = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    @Test
    void everyKeyAPageNamesHasADutchAndAnEnglishText() throws IOException {
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        ResourceBundle english = bundle(Locale.ROOT);
        Set<String> dutchDefined = defined("_nl.properties");
        Set<String> englishDefined = defined("s.properties");
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            collect(LITERAL_KEY.matcher(text), used);
            collect(KEY_PREFIX.matcher(text), prefixes);
        }
        assertTrue(used.size() > 500, "the pages name their texts as msg['key']: " + used.size());
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!dutchDefined.contains(key) || !englishDefined.contains(key) || !resolves(dutch, key)
                    || !resolves(english, key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys a page names without a Dutch and an English text");
        for (String prefix : prefixes) {
            assertTrue(dutchDefined.stream().anyMatch(key -> key.startsWith(prefix)), "no Dutch text under " + prefix);
            assertTrue(englishDefined.stream().anyMatch(key -> key.startsWith(prefix)),
                    "no English text under " + prefix);
        }
    }

    @Test
    void aKeyIsDefinedOnceInEachLanguage() throws IOException {
        for (String language : List.of("_nl.properties", "s.properties")) {
            Map<String, List<String>> places = new TreeMap<>();
            for (String file : FILES) {
                if (file.endsWith(language)) {
                    for (String key : keys(file)) {
                        places.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
                    }
                }
            }
            places.values().removeIf(files -> files.size() == 1);
            assertEquals(Map.of(), places, "keys defined more than once");
        }
    }

    @Test
    void eachModuleHasTheSameKeysInDutchAndEnglish() throws IOException {
        assertEquals(new TreeSet<>(keys(FILES.get(0))), new TreeSet<>(keys(FILES.get(1))));
        assertEquals(new TreeSet<>(keys(FILES.get(2))), new TreeSet<>(keys(FILES.get(3))));
    }

    @Test
    void theAdminTextsAreReachedThroughThePagesBundle() {
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        assertEquals("Lidorganisaties", dutch.getString("members.title"));
        assertEquals("Member organisations", bundle(Locale.ROOT).getString("members.title"));
        assertFalse(resolves(dutch, "no.such.key"));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(PAGE_TEXTS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
    }

    private static boolean resolves(ResourceBundle bundle, String key) {
        try {
            return !bundle.getString(key).isBlank();
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> defined(String ending) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String file : FILES) {
            if (file.endsWith(ending)) {
                keys.addAll(keys(file));
            }
        }
        return keys;
    }

    /** The keys of a properties file in the order written, repeats kept (which {@link java.util.Properties} hides). */
    private static List<String> keys(String file) throws IOException {
        try (InputStream in = PageTextsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertTrue(in != null, file);
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher key = KEY_LINE.matcher(line);
                if (key.find()) {
                    keys.add(key.group(1));
                }
            }
            return keys;
        }
    }

    /** Every page of web and admin, read from their sources (the test runs in admin's folder). */
    private static List<Path> pages() throws IOException {
        Path admin = Path.of(System.getProperty("basedir", "."));
        List<Path> pages = new ArrayList<>();
        for (Path root : List.of(admin.resolve("src/main/resources/META-INF/resources"),
                admin.resolve("../web/src/main/resources/META-INF/resources"))) {
            assertTrue(Files.isDirectory(root), root.toString());
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(path -> path.toString().endsWith(".xhtml")).forEach(pages::add);
            }
        }
        return pages;
    }
}
