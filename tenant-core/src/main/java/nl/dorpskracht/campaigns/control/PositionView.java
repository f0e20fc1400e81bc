package nl.dorpskracht.campaigns.control;

import nl.dorpskracht.campaigns.entity.PositionDetails;

/** A speerpunt at its place in the letter. */
public record PositionView(int position, String title, String explanation) {

    static PositionView of(int position, PositionDetails details) {
        return new PositionView(position, details.title(), details.explanation());
    }
}
