package nl.dorpskracht.admin.events;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.platform.time.DutchTime;

/** What the event form holds between requests; times are local (Dutch) date-times as a browser's picker gives them. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean editing;
    private String id;
    private Long version;
    private String type;
    private String title;
    private String description;
    private String theme;
    private String startsAt;
    private String endsAt;
    private String location;
    private String onlineLink;
    private String region;
    private Integer capacity;
    private String registrationDeadline;
    private String status = "DRAFT";
    private boolean sharedWithAll;
    private List<String> sharedWith = new ArrayList<>();

    void load(AgendaItem item) {
        EventDetails d = item.details();
        editing = true;
        id = item.id().toString();
        version = item.version();
        type = d.type().name();
        title = d.title();
        description = d.description();
        theme = d.theme();
        startsAt = local(d.startsAt());
        endsAt = local(d.endsAt());
        location = d.location();
        onlineLink = d.onlineLink();
        region = d.region();
        capacity = d.capacity();
        registrationDeadline = d.registrationDeadline() == null ? null : local(d.registrationDeadline());
        status = d.status().name();
        sharedWithAll = Boolean.TRUE.equals(item.sharedWithAll());
        sharedWith = new ArrayList<>(item.sharedWith() == null ? List.of() : item.sharedWith());
    }

    void clear() {
        EventForm empty = new EventForm();
        editing = false;
        id = null;
        version = null;
        type = empty.type;
        title = null;
        description = null;
        theme = null;
        startsAt = null;
        endsAt = null;
        location = null;
        onlineLink = null;
        region = null;
        capacity = null;
        registrationDeadline = null;
        status = empty.status;
        sharedWithAll = false;
        sharedWith = new ArrayList<>();
    }

    EventInput input() {
        return new EventInput(type, title, description, theme, startsAt, endsAt, location, onlineLink, region, capacity,
                registrationDeadline, status);
    }

    private static String local(java.time.OffsetDateTime time) {
        LocalDateTime local = time.atZoneSameInstant(DutchTime.ZONE).toLocalDateTime();
        return local.withSecond(0).withNano(0).toString();
    }

    public boolean isEditing() {
        return editing;
    }

    void setEditing(boolean editing) {
        this.editing = editing;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(String registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isSharedWithAll() {
        return sharedWithAll;
    }

    public void setSharedWithAll(boolean sharedWithAll) {
        this.sharedWithAll = sharedWithAll;
    }

    public List<String> getSharedWith() {
        return sharedWith;
    }

    public void setSharedWith(List<String> sharedWith) {
        this.sharedWith = sharedWith;
    }
}
