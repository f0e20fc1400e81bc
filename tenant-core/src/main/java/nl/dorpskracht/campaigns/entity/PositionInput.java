package nl.dorpskracht.campaigns.entity;

import nl.dorpskracht.platform.input.MultiLine;

/** One speerpunt as typed. */
public record PositionInput(String title, @MultiLine String explanation) {
}
