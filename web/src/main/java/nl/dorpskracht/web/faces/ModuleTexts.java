package nl.dorpskracht.web.faces;

/**
 * A module that adds pages to the shell names the properties bundle of its own texts here (a
 * {@code META-INF/services/nl.dorpskracht.web.faces.ModuleTexts} entry), so its pages reach them as {@code msg} like
 * web's own, while web knows nothing of the module.
 */
public interface ModuleTexts {

    /** The base name of the module's bundle, e.g. {@code nl.dorpskracht.admin.messages}. */
    String baseName();
}
