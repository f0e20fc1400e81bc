package nl.dorpskracht.system;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import nl.dorpskracht.platform.database.DatabaseSettings;
import nl.dorpskracht.platform.database.EmbeddedDatabase;
import nl.dorpskracht.platform.database.Migrations;

/**
 * Figures, not assertions: the Projectenbank's search (V28) over 100,000 generated initiatives spread over the four
 * demo associations, as the application role through search_initiatives and search_initiative_facets, one transaction
 * per search as the page runs it (a page of 20 with snippets, then the facet counts). The text is a Dutch word mix with
 * a Zipf-like spread: stop words, a few words in most initiatives, most words in few, so a search's hits vary from a
 * handful to most of the table as real searches do. Its own embedded PostgreSQL with the product's migrations.
 */
public final class InitiativeSearchBenchmark {

    private static final String APP = "dorpskracht_app";
    private static final String OWNER = "dorpskracht_owner";
    private static final int INITIATIVES = Integer.getInteger("benchmark.initiatives", 100_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 300);
    private static final String[] THEMES = { "ontmoeting", "mobiliteit", "jongerenparticipatie", "energie", "wonen",
            "zorg", "duurzaamheid", "cultuur", "sport", "voorzieningen", "veiligheid", "economie" };

    private InitiativeSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("dorpskracht.test.dir", "target/benchmark")));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedDatabase database = EmbeddedDatabase.ensureRunning(new DatabaseSettings(true, null, APP, OWNER, "",
                Files.createTempDirectory(dir, "search-pg"), port), EmbeddedDatabase.Durability.FAST_FOR_TESTS);
        String url = database.jdbcUrl();
        Migrations.migrate(url, OWNER, "", APP);
        long started = System.nanoTime();
        try (Connection owner = connect(url, OWNER)) {
            generate(owner);
        }
        try (Connection admin = connect(url, "postgres"); Statement sql = admin.createStatement()) {
            sql.execute("vacuum analyze initiative_search");
            System.out.printf("generated %,d initiatives in %.0f s%n", INITIATIVES, (System.nanoTime() - started) / 1e9);
            try (ResultSet sizes = sql.executeQuery("select count(*), pg_size_pretty(pg_relation_size(c.oid)),"
                    + " pg_size_pretty(pg_total_relation_size(c.reltoastrelid)),"
                    + " pg_size_pretty(pg_relation_size('initiative_search_document')),"
                    + " pg_size_pretty(pg_relation_size('initiative_search_themes')),"
                    + " pg_size_pretty(pg_relation_size('initiative_search_pkey')),"
                    + " pg_size_pretty(pg_total_relation_size(c.oid)) from initiative_search, pg_class c"
                    + " where c.relname = 'initiative_search' group by c.oid, c.reltoastrelid")) {
                sizes.next();
                System.out.printf("index table: %s rows; heap %s, TOAST %s, GIN document %s, GIN themes %s, key %s;"
                        + " in all %s%n", sizes.getString(1), sizes.getString(2), sizes.getString(3),
                        sizes.getString(4), sizes.getString(5), sizes.getString(6), sizes.getString(7));
            }
        }
        try (Connection app = connect(url, APP)) {
            List<String> words = words(app);
            Random random = new Random(18);
            measure(app, "one word", () -> words.get(random.nextInt(words.size())), false, null);
            measure(app, "two words",
                    () -> words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())),
                    false, null);
            measure(app, "prefix (suggest)", () -> {
                String word = words.get(random.nextInt(words.size()));
                return word.substring(0, Math.min(5, word.length()));
            }, true, null);
            measure(app, "no text, a theme", () -> "", false, () -> THEMES[random.nextInt(THEMES.length)]);
            measure(app, "a frequent word", () -> words.get(random.nextInt(20)), false, null);
        }
        EmbeddedDatabase.stopRunning();
    }

    interface Text {
        String next();
    }

    private static void measure(Connection app, String kind, Text text, boolean prefix, Text theme)
            throws SQLException {
        List<Double> times = new ArrayList<>();
        long hits = 0;
        for (int round = -30; round < ROUNDS; round++) {
            String query = text.next();
            String[] themes = theme == null ? null : new String[] { theme.next() };
            long started = System.nanoTime();
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + new String[] { "vkkl", "zhvkk", "ovkk",
                        "lvkk" }[Math.floorMod(round, 4)] + "', true)");
            }
            try (PreparedStatement search = app.prepareStatement("select total from search_initiatives(?, ?, ?,"
                    + " null, null, null, null, null, ?, 0)")) {
                search.setString(1, query);
                search.setBoolean(2, prefix);
                search.setArray(3, themes == null ? null : app.createArrayOf("text", themes));
                search.setInt(4, prefix ? 8 : 20);
                try (ResultSet rows = search.executeQuery()) {
                    if (rows.next()) {
                        hits += rows.getLong(1);
                    }
                }
            }
            if (!prefix) {
                try (PreparedStatement facets = app.prepareStatement("select count(*) from search_initiative_facets(?,"
                        + " false, ?, null, null, null, null, null)")) {
                    facets.setString(1, query);
                    facets.setArray(2, themes == null ? null : app.createArrayOf("text", themes));
                    facets.executeQuery().close();
                }
            }
            app.commit();
            if (round >= 0) {
                times.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(times);
        System.out.printf("%-18s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  mean hits %,d%n", kind,
                times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), times.get(times.size() - 1),
                hits / (ROUNDS + 30));
    }

    /** The generator's vocabulary, most frequent first (the order the Zipf spread ranks it). */
    private static List<String> words(Connection app) throws SQLException {
        List<String> words = new ArrayList<>();
        try (Statement sql = app.createStatement(); ResultSet rows = sql.executeQuery("select unnest(bench_vocab())")) {
            while (rows.next()) {
                words.add(rows.getString(1));
            }
        }
        return words;
    }

    private static void generate(Connection owner) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("""
                    create function bench_vocab() returns text[] language sql immutable as $$
                      select array(select w from (
                        select p || h as w from unnest(array['dorps','buurt','energie','zorg','jongeren','ouderen',
                          'groen','speel','moes','wandel','fiets','sport','cultuur','muziek','taal','kerk','molen',
                          'water','klimaat','natuur','erfgoed','woon','school','markt','glasvezel','warmte','zonne',
                          'wind','koffie','eet','kook','kunst','toneel','feest','kermis','boeren','bijen','bloemen',
                          'bomen','vogel','hulp','vrijwilligers','bewoners','mantelzorg','huiskamer','jeugd','kinder',
                          'senioren','starters','mobiliteits']) p,
                             unnest(array['huis','huizen','raad','bus','tuin','plan','fonds','coöperatie','project',
                          'vereniging','avond','dag','punt','net','park','pad','route','veld','baan','kamer','winkel',
                          'groep','club','cursus','festival','netwerk','kring','stichting','werkgroep','platform',
                          'loket','centrum','plein','dak','panelen','agenda','visie','onderzoek','subsidie','lening',
                          'bijeenkomst','team','ontbijt','lunch','middag','week','collectief','initiatief','vervoer',
                          'hulpdienst']) h
                        union select unnest(array['samen','gemeente','provincie','kern','dorp','leefbaarheid',
                          'eenzaamheid','ontmoeting','duurzaam','bouwen','verbouwing','onderhoud','organiseren',
                          'digitaal','boodschappen','huisarts','apotheek','welzijn','gezinnen','nieuwkomers',
                          'statushouders','veiligheid','verkeer','tiny','houses','isolatie','woningen','crowdfunding',
                          'burgerinitiatief','wethouder','ambtenaar','begroting','draagvlak','enquête','uitvoering',
                          'resultaat','opening','evaluatie','ervaring','lessen','tip','valkuil','succes','geld','tijd',
                          'ruimte'])) v order by md5(w)) $$""");
            sql.execute("grant execute on function bench_vocab() to " + APP);
            sql.execute("""
                    create function bench_text(n int) returns text language sql volatile as $$
                      select string_agg(case when random() < 0.45
                        then (array['de','het','een','en','van','voor','met','in','op','door','naar','is','zijn',
                                    'we','wij','er','dat','die','ook','om'])[1 + floor(random() * 20)::int]
                        else v[floor(power(array_length(v, 1), random()))::int] end, ' ')
                      from generate_series(1, n), (select bench_vocab() v) x $$""");
        }
        String[] tenants = { "lvkk", "vkkl", "zhvkk", "ovkk" };
        for (String tenant : tenants) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                sql.execute("insert into initiative (tenant_id, id, member_type, title, summary, goal, approach,"
                        + " result, lessons_learned, funding, subsidised, themes, municipality_code, place, year,"
                        + " visibility, status) select '" + tenant + "', gen_random_uuid(),"
                        + " (array['DORPSRAAD','DORPSHUIS','ZORGCOLLECTIEF','WIJKPLATFORM','OTHER'])"
                        + "[1 + floor(random() * 5 + g * 0)::int], initcap(bench_text(5)), bench_text(30),"
                        + " bench_text(40), bench_text(60), bench_text(40), bench_text(40), bench_text(8),"
                        + " random() < 0.4, array(select distinct t from (select (array['"
                        + String.join("','", THEMES) + "'])[1 + floor(random() * 12)::int] t"
                        + " from generate_series(1, 1 + (random() * 2 + g * 0)::int)) x),"
                        + " (select cbs_code from municipality order by cbs_code offset floor(random() * 340 + g * 0)"
                        + " limit 1), 'Kern ' || (g % 50), 2015 + (g % 11),"
                        + " (array['OWN','ALL','ALL','PUBLIC'])[1 + floor(random() * 4 + g * 0)::int],"
                        + " case when g % 10 = 0 then 'DRAFT' else 'PUBLISHED' end from generate_series(1, "
                        + INITIATIVES / tenants.length + ") g");
            }
            owner.commit();
        }
    }

    private static Connection connect(String url, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection(url, properties);
    }
}
