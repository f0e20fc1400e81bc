package nl.dorpskracht.campaigns.entity;

/** One speerpunt as typed. */
public record PositionInput(String title, String explanation) {
}
