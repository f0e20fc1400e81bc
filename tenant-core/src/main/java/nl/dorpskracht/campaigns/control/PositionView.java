package nl.dorpskracht.campaigns.control;

/** A speerpunt at its place in the letter. */
public record PositionView(int position, String title, String explanation) {
}
