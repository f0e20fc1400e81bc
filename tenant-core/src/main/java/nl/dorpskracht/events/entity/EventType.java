package nl.dorpskracht.events.entity;

/** The kinds of gatherings the associations hold. */
public enum EventType {
    THEME_MEETING, WEBINAR, WORKSHOP, REGIONAL_MEETING, LECTURE, ALV, OPPE_KOFFIE, OTHER
}
