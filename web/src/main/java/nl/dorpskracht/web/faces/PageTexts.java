package nl.dorpskracht.web.faces;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages' texts, {@code msg} in {@code faces-config.xml}: web's own bundle ({@code nl.dorpskracht.web.messages}),
 * then the bundle of every module that adds pages ({@link ModuleTexts}). Each module keeps the texts only its pages
 * use, and a page finds them all under one name. A key is defined in one bundle only ({@code PageTextsTest} checks it),
 * so the order of the bundles does not matter. This class is the English (root) variant, as {@code messages.properties}
 * is; {@link PageTexts_nl} the Dutch one.
 */
public class PageTexts extends ResourceBundle {

    static final String OWN = "nl.dorpskracht.web.messages";

    private final List<ResourceBundle> parts;

    public PageTexts() {
        this(Locale.ROOT);
    }

    protected PageTexts(Locale locale) {
        ClassLoader loader = PageTexts.class.getClassLoader();
        parts = Stream.concat(Stream.of(OWN), moduleBundles(loader).stream())
                .map(base -> ResourceBundle.getBundle(base, locale, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    /** The base names of the modules' own bundles, as their {@link ModuleTexts} name them. */
    static List<String> moduleBundles(ClassLoader loader) {
        return ServiceLoader.load(ModuleTexts.class, loader).stream().map(provider -> provider.get().baseName())
                .sorted().toList();
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle part : parts) {
            if (part.containsKey(key)) {
                return part.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceBundle part : parts) {
            keys.addAll(part.keySet());
        }
        return Collections.enumeration(keys);
    }
}
