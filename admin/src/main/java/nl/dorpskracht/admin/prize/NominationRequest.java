package nl.dorpskracht.admin.prize;

import nl.dorpskracht.platform.input.MultiLine;
import nl.dorpskracht.prize.entity.NominationInput;

/**
 * The JSON body of a nomination. {@code memberId} is for admins adding one on behalf of a member organisation; a
 * contact person always nominates for their own organisation. No tenant field: the tenant is the one in the path.
 */
public record NominationRequest(String memberId, String initiative, String village, @MultiLine String description) {

    NominationInput input() {
        return new NominationInput(initiative, village, description);
    }
}
