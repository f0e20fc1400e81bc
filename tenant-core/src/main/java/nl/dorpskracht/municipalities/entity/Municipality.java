package nl.dorpskracht.municipalities.entity;

/**
 * A municipality (gemeente) of the CBS register: its CBS code ({@code GM0000}), its name as CBS writes it, and its
 * province. Public reference data, the same for every tenant.
 */
public record Municipality(String code, String name, String provinceCode, String provinceName) {
}
