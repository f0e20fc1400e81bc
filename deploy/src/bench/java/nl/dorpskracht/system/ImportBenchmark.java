package nl.dorpskracht.system;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.RunningDorpskracht;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/**
 * Imports a generated member file of 10,000 organisations with 20,000 contact persons (half of the organisations with a
 * SEPA mandate) into one province through the API, then exports it again. Prints figures; asserts nothing.
 */
public final class ImportBenchmark {

    private static final List<String> MUNICIPALITIES = List.of("Dinkelland", "Tubbergen", "Twenterand",
            "Hof van Twente", "Raalte", "Olst-Wijhe", "Hardenberg", "Ommen", "Steenwijkerland", "Staphorst");
    private static final List<String> REGIONS = List.of("Twente", "Twente", "Twente", "Twente", "Salland", "Salland",
            "Vechtdal", "Vechtdal", "Noordwest-Overijssel", "Noordwest-Overijssel");

    private ImportBenchmark() {
    }

    /** A member file of {@code organisations} organisations with two contact persons each. */
    public static byte[] memberFile(String prefix, int organisations) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(organisations * 400);
        csv.append("naam;type;gemeente;regio;straat;postcode;e-mail;inwoners;lid sinds;iban;mandaatkenmerk;"
                + "mandaatdatum;contactpersoon;functie;contact e-mail;contact telefoon;primair;nieuwsbrief\n");
        for (int i = 0; i < organisations; i++) {
            int place = i % MUNICIPALITIES.size();
            String name = prefix + " " + String.format("%05d", i);
            String org = name + ";" + (i % 3 == 0 ? "DORPSHUIS" : "DORPSRAAD") + ";" + MUNICIPALITIES.get(place) + ";"
                    + REGIONS.get(place) + ";Dorpsstraat " + (1 + i % 150) + ";" + (7000 + i % 999) + " AB;info" + i
                    + "@" + prefix.toLowerCase().replace(' ', '-') + ".example;" + (200 + random.nextInt(6000)) + ";1-"
                    + (1 + i % 12) + "-" + (1990 + i % 35) + ";";
            if (i % 2 == 0) {
                String account = String.format("%010d", 100000000L + i);
                Iban iban = new Iban.Builder().countryCode(CountryCode.NL).bankCode("RABO").accountNumber(account)
                        .build();
                org += iban + ";" + prefix.replace(' ', '-').toUpperCase() + "-" + i + ";15-1-2024;";
            } else {
                org += ";;;";
            }
            csv.append(org).append("Secretaris Nummer").append(i).append(";Secretaris;secretaris").append(i)
                    .append("@bench.example;06 1").append(String.format("%07d", i)).append(";ja;ja\n");
            csv.append(org).append("Penningmeester Nummer").append(i).append(";Penningmeester;penningmeester").append(i)
                    .append("@bench.example;;nee;nee\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports 10,000 organisations into ovkk and prints rows/s; returns the number of organisations imported. */
    public static int run(RunningDorpskracht server) {
        measure(server);
        return Integer.getInteger("benchmark.organisations", 10_000);
    }

    /** Rows per second: the check only, the import of all new rows, the same file again with existing=update. */
    public record Figures(double check, double allNew, double update) {
    }

    /**
     * Imports 10,000 organisations into ovkk, prints rows/s and returns them; with {@code -Dbenchmark.profile=true}
     * also where the server's Java time went during the all-new import (JFR).
     */
    public static Figures measure(RunningDorpskracht server) {
        int organisations = Integer.getInteger("benchmark.organisations", 10_000);
        byte[] file = memberFile("Bench Dorp", organisations);
        Api admin = Api.of(server, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        int rows = organisations * 2;
        System.out.printf("%nImport: %,d organisations, %,d contact persons, %,d rows, %.1f MB%n", organisations, rows,
                rows, file.length / 1_048_576.0);
        double[] rate = new double[1];
        Api.Reply check = timed("check only (dryRun=true)", rows,
                () -> admin.sendBytes("POST", "/api/v1/ovkk/members/import?dryRun=true", "text/csv", file), rate);
        requireOk(check);
        double checked = rate[0];
        JavaProfile profile = profile(server);
        requireOk(timed("import, all new (one transaction)", rows,
                () -> admin.sendBytes("POST", "/api/v1/ovkk/members/import?existing=skip", "text/csv", file), rate));
        double allNew = rate[0];
        if (profile != null) {
            try {
                System.out.printf("Where the server's Java time went, all new (JFR)%n%s%n", profile.stop().format(15));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        requireOk(timed("same file again, existing=update (nothing changes)", rows,
                () -> admin.sendBytes("POST", "/api/v1/ovkk/members/import?existing=update", "text/csv", file), rate));
        double update = rate[0];
        requireOk(timed("export of the province (CSV)", rows, () -> admin.get("/api/v1/ovkk/members/export"), rate));
        System.out.printf("%-52s %10d MiB%n", "RSS after import", server.residentMegabytes());
        return new Figures(checked, allNew, update);
    }

    private static JavaProfile profile(RunningDorpskracht server) {
        if (!Boolean.getBoolean("benchmark.profile")) {
            return null;
        }
        try {
            return JavaProfile.start(server, "import");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply timed(String label, int rows, java.util.function.Supplier<Api.Reply> request,
            double[] rate) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        rate[0] = rows / seconds;
        System.out.printf("%-52s %8.1f s %10.0f rows/s%n", label, seconds, rows / seconds);
        BenchmarkFigures.put("import: " + label, rows / seconds);
        return reply;
    }

    private static void requireOk(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException(
                    reply.status() + ": " + reply.body().substring(0, Math.min(2000, reply.body().length())));
        }
    }

    public static void main(String[] args) {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }
}
