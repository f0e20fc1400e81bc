package nl.dorpskracht.campaigns.control;

import java.util.List;

/** How many organisations co-signed a campaign, in total, per province and per municipality. */
public record CosignerCounts(long total, List<ProvinceCount> perProvince, List<MunicipalityCount> perMunicipality) {

    public record ProvinceCount(String tenant, String name, long count) {
    }

    public record MunicipalityCount(String municipality, String tenant, long count) {
    }
}
