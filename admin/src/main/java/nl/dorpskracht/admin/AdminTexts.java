package nl.dorpskracht.admin;

import nl.dorpskracht.web.faces.ModuleTexts;

/** The texts only the admin pages use, reached by every page as {@code msg} through web's {@code PageTexts}. */
public class AdminTexts implements ModuleTexts {

    @Override
    public String baseName() {
        return "nl.dorpskracht.admin.messages";
    }
}
