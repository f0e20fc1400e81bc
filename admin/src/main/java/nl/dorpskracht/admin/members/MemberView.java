package nl.dorpskracht.admin.members;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.members.entity.MemberOrganisation;

public record MemberView(UUID id, String tenant, String name, String type, String municipality, String region,
        String email, String status, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static MemberView of(MemberOrganisation member, String tenant) {
        return new MemberView(member.id(), tenant, member.name(), member.type().name(), member.municipality(),
                member.region(), member.email(), member.status().name(), member.version(), member.createdAt(),
                member.updatedAt());
    }
}
