package nl.dorpskracht.matching.control;

/** One skill of the national list, with its Dutch and English label. */
public record Skill(String code, String labelNl, String labelEn) {
}
