package nl.dorpskracht.admin.members;

import nl.dorpskracht.members.entity.MemberInput;

/** The JSON body of a create or update. It has no tenant field: the tenant is the one in the path. */
public record MemberRequest(String name, String type, String municipality, String place, String region, String street,
        String postalCode, String email, String phone, Integer inhabitants, String joinedOn, Long version) {

    MemberInput input() {
        return new MemberInput(name, type, municipality, place, region, street, postalCode, email, phone,
                inhabitants == null ? null : inhabitants.toString(), joinedOn);
    }
}
