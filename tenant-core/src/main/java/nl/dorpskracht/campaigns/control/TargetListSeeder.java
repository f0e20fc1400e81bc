package nl.dorpskracht.campaigns.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Gives every tenant, once, the municipal councils of its province and its Provinciale Staten as targets, from the
 * reference file {@code campaigns/gemeenten.csv} (CBS). Real reference data: it runs at every start, not only in demo
 * mode, and seeds a tenant only the first time, so what an admin deleted stays deleted.
 */
@ApplicationScoped
public class TargetListSeeder {

    public static final String SOURCE = "CBS, Gemeentelijke indeling op 1 januari 2025";
    static final String FILE = "/campaigns/gemeenten.csv";
    private static final Logger LOG = Logger.getLogger(TargetListSeeder.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    TargetListWriter writer;

    /** A municipality of the reference file and its province. */
    public record Municipality(String province, String name) {
    }

    /** Early: reference data, before the demo data that writes campaigns to these targets. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DatabaseReady ready) {
        List<Municipality> municipalities = municipalities();
        for (Tenant tenant : tenants.all()) {
            int seeded = writer.seedOnce(tenant.code(), municipalities, SOURCE);
            if (seeded > 0) {
                LOG.info(() -> "Target list of " + tenant.code() + " seeded with " + seeded + " targets");
            }
        }
    }

    /** Every municipality of the file, in its order. */
    public static List<Municipality> municipalities() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (InputStream in = TargetListSeeder.class.getResourceAsStream(FILE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Municipality> all = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                all.add(new Municipality(row.get("province"), row.get("municipality")));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
