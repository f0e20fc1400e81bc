package nl.dorpskracht.system;

import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Letters;
import nl.dorpskracht.system.support.RunningDorpskracht;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Figures, not assertions: LVKK's national campaign to 400 municipal councils with 6 speerpunten and 4,000 co-signing
 * organisations from three provinces (about ten per municipality): the zip with every letter, and one letter at a time.
 * Targets, members and co-signatures are arranged with SQL (arranging, not the subject).
 */
public final class LetterBenchmark {

    private static final int COUNCILS = Integer.getInteger("benchmark.councils", 400);
    private static final int SIGNERS = Integer.getInteger("benchmark.signers", 4000);
    private static final int SINGLE = Integer.getInteger("benchmark.letters", 200);
    private static final String ADMIN = "admin@lvkk.demo";

    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }

    static void run(RunningDorpskracht server) {
        String run = String.valueOf(System.nanoTime());
        String campaign = seed(run);
        List<String> targets = Database.rows(
                "select target_id from campaign_addressee where campaign_id = ?::uuid" + " order by target_id",
                campaign);
        String path = Letters.lettersPath("lvkk", campaign);
        for (int i = 0; i < 10; i++) {
            ok(Letters.bytes(server, ADMIN, path + "/" + targets.get(i)));
        }

        long start = System.nanoTime();
        Letters.Binary list = Letters.bytes(server, ADMIN, path);
        double listMs = (System.nanoTime() - start) / 1e6;
        ok(list);

        start = System.nanoTime();
        Letters.Binary zip = Letters.bytes(server, ADMIN, path + "/zip");
        double zipSeconds = (System.nanoTime() - start) / 1e9;
        ok(zip);
        int letters = Letters.unzip(zip.body()).size();

        List<Long> latencies = new ArrayList<>();
        long pdfBytes = 0;
        for (int i = 0; i < SINGLE; i++) {
            long began = System.nanoTime();
            Letters.Binary pdf = Letters.bytes(server, ADMIN, path + "/" + targets.get(i % targets.size()));
            latencies.add(System.nanoTime() - began);
            ok(pdf);
            pdfBytes += pdf.body().length;
        }
        Collections.sort(latencies);

        System.out.printf("%nCampaign letters: %d municipal councils, 6 speerpunten, %d co-signing organisations"
                + " (national campaign, 3 provinces)%n", COUNCILS, SIGNERS);
        System.out.printf("%-52s %10.0f ms%n", "GET letters (list with co-signer counts)", listMs);
        System.out.printf("%-52s %10.1f s %8.0f letters/s %8.1f MiB%n",
                String.format("GET letters/zip (%d letters)", letters), zipSeconds, letters / zipSeconds,
                zip.body().length / 1048576.0);
        System.out.printf("%-52s %10.1f ms p50 %8.1f ms p99 %6.1f KiB%n",
                String.format("GET one letter PDF, %d sequential", SINGLE), percentile(latencies, 0.50),
                percentile(latencies, 0.99), pdfBytes / 1024.0 / SINGLE);
    }

    /** A national LVKK campaign writing to new councils, signed by new member organisations of three provinces. */
    private static String seed(String run) {
        String campaign = Letters.campaign("lvkk", "Benchmark ontmoeting " + run, true, "OPEN");
        for (int p = 1; p <= 6; p++) {
            Letters.position("lvkk", campaign, p, "Speerpunt " + p + ": ontmoeting in elke kern",
                    "Wat dit speerpunt in de praktijk betekent, in een paar zinnen uitgelegd voor de raad.\n\n"
                            + "En een tweede alinea met een voorbeeld uit een dorp.");
        }
        String municipality = "'Benchmark " + run + " ' || g";
        Database.execute("insert into campaign_target (tenant_id, id, kind, name, municipality, province)"
                + " select 'lvkk', gen_random_uuid(), 'MUNICIPAL_COUNCIL', 'Gemeenteraad van ' || " + municipality
                + ", " + municipality + ", 'Benchmark' from generate_series(1, ?) g", COUNCILS);
        Database.execute("insert into campaign_addressee (tenant_id, campaign_id, target_id) select 'lvkk', ?::uuid,"
                + " id from campaign_target where tenant_id = 'lvkk' and province = 'Benchmark' and municipality like ?",
                campaign, "Benchmark " + run + " %");
        List<String> provinces = List.of("zhvkk", "vkkl", "ovkk");
        for (int i = 0; i < provinces.size(); i++) {
            int from = i * SIGNERS / provinces.size() + 1;
            int to = (i + 1) * SIGNERS / provinces.size();
            Database.execute(
                    "insert into member_organisation (tenant_id, id, name, type, municipality)"
                            + " select ?, gen_random_uuid(), 'Dorpsraad Benchmark ' || g || ' ' || ?, 'DORPSRAAD',"
                            + " 'Benchmark " + run + " ' || (g % ? + 1) from generate_series(?, ?) g",
                    provinces.get(i), run, COUNCILS, from, to);
        }
        Database.execute("insert into endorsement (tenant_id, host_tenant, campaign_id, member_id, organisation_name,"
                + " municipality) select tenant_id, 'lvkk', ?::uuid, id, name, municipality from member_organisation"
                + " where name like ?", campaign, "Dorpsraad Benchmark % " + run);
        return campaign;
    }

    private static void ok(Letters.Binary reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status() + ": " + new String(reply.body()));
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
