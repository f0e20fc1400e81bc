package nl.dorpskracht.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy of vraag &amp; aanbod, checked as the application role in SQL: a volunteer who did not consent is
 * invisible to other provinces, and no name, e-mail or phone crosses a province before the volunteer accepted.
 */
class VraagEnAanbodRowSecurityTest {

    private static final String ZH_MEMBER = UUID.randomUUID().toString();
    private static final String ZH_REQUEST = UUID.randomUUID().toString();
    private static final String CONSENTING = UUID.randomUUID().toString();
    private static final String SHY = UUID.randomUUID().toString();
    private static final String ZH_OWN = UUID.randomUUID().toString();

    @BeforeAll
    static void seed() throws SQLException {
        TestDatabase.url();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into member_organisation (tenant_id, id,"
                + " name, type, municipality) values ('zhvkk', ?::uuid, 'Vraag Dorpsraad', 'DORPSRAAD', 'Molenlanden')",
                ZH_MEMBER);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, created_by) values ('zhvkk', ?::uuid, ?::uuid, 'Vraag Dorpsraad',"
                + " 'Hulp bij subsidieaanvraag', '{subsidies,juridisch}', 'test')", ZH_REQUEST, ZH_MEMBER);
        volunteer("vkkl", CONSENTING, "Privacy Ja", "{subsidies,juridisch}", true, "ja@vrijwilliger.test");
        volunteer("vkkl", SHY, "Privacy Nee", "{subsidies,juridisch}", false, "nee@vrijwilliger.test");
        volunteer("zhvkk", ZH_OWN, "Privacy Eigen", "{subsidies}", false, "eigen@vrijwilliger.test");
    }

    private static void volunteer(String tenant, String id, String pseudonym, String skills, boolean findable,
            String email) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant, "insert into volunteer (tenant_id, id, pseudonym,"
                + " skills, consent_on, findable_nationally, registered_by) values (?, ?::uuid, ?, ?::varchar[],"
                + " current_date, ?, 'test')", tenant, id, pseudonym, skills, findable);
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into volunteer_contact (tenant_id," + " volunteer_id, name, email) values (?, ?::uuid, ?, ?)",
                tenant, id, "Naam " + pseudonym, email);
    }

    @Test
    void aVolunteerWithoutConsentIsNotSuggestedToAnotherProvinceOneWithConsentIsByPseudonymOnly() throws SQLException {
        String request = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, created_by) values ('zhvkk', ?::uuid, ?::uuid, 'Vraag Dorpsraad',"
                + " 'Hulp bij subsidieaanvraag', '{subsidies,juridisch}', 'test')", request, ZH_MEMBER);
        List<String> suggested = asTenant("zhvkk", "select pseudonym || '|' || overlap || '|' || nearness"
                + " from volunteer_suggestions('" + request + "', 50) where pseudonym like 'Privacy%'");
        assertEquals(List.of("Privacy Ja|2|1", "Privacy Eigen|1|2"), suggested);
        assertEquals(List.of("0"), asTenant("zhvkk", "select count(*) from volunteer where tenant_id = 'vkkl'"));
        assertEquals(List.of("0"),
                asTenant("zhvkk", "select count(*) from volunteer_contact where tenant_id = 'vkkl'"));
        assertEquals(java.util.Arrays.asList(null, "Privacy Ja"),
                asTenant("zhvkk", "select volunteer_proposable('vkkl'," + " '" + SHY
                        + "') union all select volunteer_proposable('vkkl', '" + CONSENTING + "')"));
        assertEquals(List.of(), asTenant("ovkk", "select pseudonym from volunteer_suggestions('" + request + "', 50)"),
                "another province's request is not the caller's");
        assertEquals(List.of(), asTenant("", "select pseudonym from volunteer_suggestions('" + request + "', 50)"));
    }

    @Test
    void noContactDetailCrossesBeforeTheVolunteerAcceptsAndNoneAfterADecline() throws SQLException {
        String accepted = UUID.randomUUID().toString();
        String declined = UUID.randomUUID().toString();
        String otherRequest = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, created_by) values ('zhvkk', ?::uuid, ?::uuid, 'Vraag Dorpsraad',"
                + " 'Tweede vraag', '{juridisch}', 'test')", otherRequest, ZH_MEMBER);
        String propose = "insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id,"
                + " volunteer_pseudonym, proposed_by, proposed_role, token_hash, expires_at) values ('zhvkk', '%s', '%s', 'vkkl', '%s',"
                + " 'P', 'test', 'TENANT_ADMIN', '%s', now() + interval '14 days')";
        asTenantWrite("zhvkk", propose.formatted(accepted, ZH_REQUEST, CONSENTING, "a".repeat(64)));
        asTenantWrite("zhvkk", propose.formatted(declined, otherRequest, CONSENTING, "b".repeat(64)));

        assertEquals(List.of(), asTenant("zhvkk", "select email from accepted_volunteer_contact('" + accepted + "')"),
                "proposed, not yet accepted");
        SQLException forged = assertThrows(SQLException.class,
                () -> asTenantWrite("zhvkk",
                        "update volunteer_match set status = 'ACCEPTED' where id = '" + accepted + "'"),
                "the asking province cannot accept for the volunteer");
        assertEquals("42501", forged.getSQLState());
        assertThrows(SQLException.class,
                () -> asTenantWrite("zhvkk",
                        propose.formatted(UUID.randomUUID(), otherRequest, SHY, "e".repeat(64))
                                .replace("(tenant_id, id,", "(status, tenant_id, id,")
                                .replace("values ('zhvkk'", "values ('ACCEPTED', 'zhvkk'")),
                "nor file a proposal as accepted");

        assertEquals(List.of("ACCEPTED"), asTenantWrite("vkkl",
                "select answer_volunteer_match('zhvkk', '" + accepted + "', '" + CONSENTING + "', true)"));
        assertEquals(List.of("DECLINED"), asTenantWrite("vkkl",
                "select answer_volunteer_match('zhvkk', '" + declined + "', '" + CONSENTING + "', false)"));
        assertEquals(java.util.Collections.singletonList((String) null),
                asTenantWrite("ovkk",
                        "select answer_volunteer_match('zhvkk', '" + declined + "', '" + CONSENTING + "', true)"),
                "a third province answers nothing");

        assertEquals(List.of("ja@vrijwilliger.test"),
                asTenant("zhvkk", "select email from accepted_volunteer_contact('" + accepted + "')"));
        assertEquals(List.of(), asTenant("zhvkk", "select email from accepted_volunteer_contact('" + declined + "')"));
        assertEquals(List.of(), asTenant("ovkk", "select email from accepted_volunteer_contact('" + accepted + "')"));
        assertEquals(List.of("Tweede vraag|DECLINED"), asTenant("vkkl",
                "select title || '|' || status from" + " volunteer_match_request('zhvkk', '" + declined + "')"));
        assertEquals(List.of(),
                asTenant("ovkk", "select title from volunteer_match_request('zhvkk', '" + declined + "')"));
    }

    @Test
    void theProposalMailGoesToTheAddressStoredInTheVolunteersProvinceOnlyWhileTheProposalWaits() throws SQLException {
        String request = UUID.randomUUID().toString();
        String match = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, created_by) values ('zhvkk', ?::uuid, ?::uuid, 'Vraag Dorpsraad',"
                + " 'Derde vraag', '{juridisch}', 'test')", request, ZH_MEMBER);
        asTenantWrite("zhvkk",
                "insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id,"
                        + " volunteer_pseudonym, proposed_by, proposed_role, token_hash, expires_at) values ('zhvkk', '"
                        + match + "', '" + request + "', 'vkkl', '" + CONSENTING + "', 'P', 'test', 'TENANT_ADMIN', '"
                        + "d".repeat(64) + "', now() + interval '14 days')");
        List<String> mail = asTenantWrite("zhvkk", "select record_volunteer_match_mail('" + match + "',"
                + " 'MATCH_PROPOSAL', 'MATCH_PROPOSAL', 'nl', 'Onderwerp', null, 'Tekst')::text");
        assertTrue(mail.get(0) != null, "filed");
        assertEquals(List.of("vkkl|ja@vrijwilliger.test"),
                strings("select tenant_id || '|' || recipient from" + " mail_outbox where id = '" + mail.get(0) + "'"));
        assertEquals(java.util.Collections.singletonList((String) null),
                asTenantWrite("zhvkk", "select record_volunteer_match_mail('" + match
                        + "', 'MATCH_ACCEPTED', 'x', 'nl', 'x', null, 'x')::text"),
                "not accepted yet");
        assertEquals(java.util.Collections.singletonList((String) null),
                asTenantWrite("ovkk",
                        "select record_volunteer_match_mail('" + match
                                + "', 'MATCH_PROPOSAL', 'x', 'nl', 'x', null, 'x')::text"),
                "not the caller's proposal");
        assertThrows(SQLException.class,
                () -> asTenantWrite("zhvkk", "insert into mail_outbox (tenant_id, id, kind,"
                        + " label, recipient, subject, text_body, message_id) values ('vkkl', gen_random_uuid(),"
                        + " 'MATCH_PROPOSAL', 'x', 'x@test', 'x', 'x', 'x')"),
                "the app files no mail in another province");
    }

    @Test
    void theLinkAnswersOnceAndOnlyUnderTheAskingProvince() throws SQLException {
        String request = UUID.randomUUID().toString();
        String match = UUID.randomUUID().toString();
        String token = "9".repeat(64);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, created_by) values ('zhvkk', ?::uuid, ?::uuid, 'Vraag Dorpsraad',"
                + " 'Vierde vraag', '{juridisch}', 'test')", request, ZH_MEMBER);
        asTenantWrite("zhvkk",
                "insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id,"
                        + " volunteer_pseudonym, proposed_by, proposed_role, token_hash, expires_at) values ('zhvkk', '"
                        + match + "', '" + request + "', 'vkkl', '" + CONSENTING
                        + "', 'P', 'test', 'REGIONAL_AMBASSADOR', '" + token + "', now() + interval '14 days')");
        String answer = "select status || '|' || changed from answer_volunteer_match_by_link('" + token + "', %s)";
        assertEquals(List.of(), asTenantWrite("vkkl", answer.formatted("true")), "the link names zhvkk");
        assertEquals(List.of("ACCEPTED|true"), asTenantWrite("zhvkk", answer.formatted("true")));
        assertEquals(List.of("ACCEPTED|false"), asTenantWrite("zhvkk", answer.formatted("false")),
                "a second use changes nothing");
    }

    @Test
    void anUnknownSkillIsRefusedAndAnAmbassadorSeesTheirRegionsOnlyAndNoContactDetails() throws SQLException {
        assertThrows(SQLException.class, () -> asTenantWrite("zhvkk", "insert into volunteer (tenant_id, id, pseudonym,"
                + " skills, consent_on, registered_by) values ('zhvkk', gen_random_uuid(), 'Onbekend', '{toveren}',"
                + " current_date, 'test')"));
        String region = "Privacy-Waard";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into region (tenant_id, id, name) values ('zhvkk', gen_random_uuid(), ?)", region);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "update volunteer set region = ? where tenant_id = 'zhvkk' and id = ?::uuid", region, ZH_OWN);
        assertEquals(List.of("Privacy Eigen"),
                asScoped("zhvkk", region, "select pseudonym from volunteer where pseudonym like 'Privacy%'"));
        assertEquals(List.of(),
                asScoped("zhvkk", "Elders", "select pseudonym from volunteer where pseudonym like" + " 'Privacy%'"));
        assertEquals(List.of("0"), asScoped("zhvkk", region, "select count(*) from volunteer_contact"));
    }

    private static List<String> asTenant(String tenant, String query) throws SQLException {
        return run(tenant, "*", query, false);
    }

    private static List<String> asScoped(String tenant, String regions, String query) throws SQLException {
        return run(tenant, regions, query, false);
    }

    /** As the application role, committed. */
    private static List<String> asTenantWrite(String tenant, String statement) throws SQLException {
        return run(tenant, "*", statement, true);
    }

    private static List<String> run(String tenant, String regions, String query, boolean commit) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + tenant + "', true), set_config('app.region_scope',"
                        + " '" + regions + "', true)");
                List<String> found = new ArrayList<>();
                if (sql.execute(query)) {
                    try (ResultSet row = sql.getResultSet()) {
                        while (row.next()) {
                            found.add(row.getString(1));
                        }
                    }
                }
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return found;
            }
        }
    }

    private static List<String> strings(String query) throws SQLException {
        try (Connection connection = TestDatabase.superuser().getConnection();
                Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
