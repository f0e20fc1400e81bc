package nl.dorpskracht.platform.database;

import java.util.Optional;

/**
 * What another instance (or this one) committed, as the database announced it (V22): an account's credentials, an
 * account's grants, or a tenant, named by id or code only. Without an id it means every one of that kind;
 * {@link #everything()} is sent when announcements may have been missed (the listening connection was lost), so every
 * copy kept in memory must be thrown away.
 */
public record DatabaseChange(Kind kind, Optional<String> id) {

    public enum Kind {
        ACCOUNT, GRANT, TENANT, EVERYTHING
    }

    public static DatabaseChange everything() {
        return new DatabaseChange(Kind.EVERYTHING, Optional.empty());
    }

    /** The notification's text, {@code kind} or {@code kind:id}; empty for a text this version does not know. */
    public static Optional<DatabaseChange> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int colon = payload.indexOf(':');
        String kind = colon < 0 ? payload : payload.substring(0, colon);
        Optional<String> id = colon < 0 ? Optional.empty() : Optional.of(payload.substring(colon + 1));
        return switch (kind) {
        case "account" -> Optional.of(new DatabaseChange(Kind.ACCOUNT, id));
        case "grant" -> Optional.of(new DatabaseChange(Kind.GRANT, id));
        case "tenant" -> Optional.of(new DatabaseChange(Kind.TENANT, id));
        default -> Optional.empty();
        };
    }

    /** True when a copy of this kind may be stale: a change of the kind, or of everything. */
    public boolean concerns(Kind other) {
        return kind == other || kind == Kind.EVERYTHING;
    }
}
