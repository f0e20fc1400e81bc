package nl.dorpskracht.admin.campaigns;

import nl.dorpskracht.campaigns.control.TargetInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The JSON body of a target: kind, name, municipality (for a council), province, e-mail, postal address; version. */
public record TargetRequest(String kind, String name, String municipality, String province, String email,
        @MultiLine String address, Long version) {

    public TargetInput input() {
        return new TargetInput(kind, name, municipality, province, email, address);
    }
}
