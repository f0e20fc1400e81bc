package nl.dorpskracht.matching.control;

import java.io.Serializable;

/** One skill of the national list, with its Dutch and English label. */
public record Skill(String code, String labelNl, String labelEn) implements Serializable {
}
