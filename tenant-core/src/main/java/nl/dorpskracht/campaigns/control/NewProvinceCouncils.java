package nl.dorpskracht.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.dorpskracht.console.entity.TenantCreated;

/**
 * A province added in the platform console starts with its councils as campaign targets, in the transaction that adds
 * it: an association of Gelderland can address Beuningen's council on its first day.
 */
@ApplicationScoped
public class NewProvinceCouncils {

    @Inject
    TargetListWriter targets;

    void seed(@Observes TenantCreated created) {
        if (created.provinceCode() != null) {
            targets.addCouncils(created.code());
        }
    }
}
