package nl.dorpskracht.campaigns.entity;

/** One speerpunt: a short statement and, optionally, what it means in practice. */
public record PositionDetails(String title, String explanation) {
}
