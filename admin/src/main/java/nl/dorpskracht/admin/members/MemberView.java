package nl.dorpskracht.admin.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.members.entity.MemberOrganisation;

public record MemberView(UUID id, String tenant, String name, String type, String municipality, String place,
        String region, String street, String postalCode, String email, String phone, Integer inhabitants,
        LocalDate joinedOn, String status, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        String municipalityCode, String municipalityAsWritten) {

    /**
     * {@code municipality} is the register's name, {@code municipalityCode} its CBS code; both come from the register.
     * An organisation from before the register whose municipality it did not recognise has no code, and its
     * {@code municipality} is what was written. {@code municipalityAsWritten} is the text it came in with.
     */
    static MemberView of(MemberOrganisation member, String tenant) {
        return new MemberView(member.id(), tenant, member.name(), member.type().name(), member.municipalityName(),
                member.place(), member.region(), member.street(), member.postalCode(), member.email(), member.phone(),
                member.inhabitants(), member.joinedOn(), member.status().name(), member.version(), member.createdAt(),
                member.updatedAt(), member.municipalityCode(), member.municipality());
    }
}
