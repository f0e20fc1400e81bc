package nl.dorpskracht.municipalities.entity;

/** One of the twelve provinces, with its CBS code ({@code PV20} … {@code PV31}). */
public record Province(String code, String name) {
}
