package nl.dorpskracht.campaigns.entity;

/** A target as written: its kind and name, the municipality of a council, where letters go. */
public record TargetDetails(TargetKind kind, String name, String municipality, String province, String email,
        String address) {
}
