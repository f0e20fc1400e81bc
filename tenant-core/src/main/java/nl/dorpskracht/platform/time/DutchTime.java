package nl.dorpskracht.platform.time;

import java.time.ZoneId;

/**
 * The time of the Netherlands, where every association meets and pays: "today", a due date, an evening's start and an
 * audit entry's hour are read in it, whatever the server's own zone (a container often runs in UTC).
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
