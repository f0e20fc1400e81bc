package nl.dorpskracht.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.matching.control.HelpRequestInput;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.matching.control.Suggestion;
import nl.dorpskracht.matching.control.VolunteerInput;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The statements of vraag &amp; aanbod as the application role, the whole double opt-in in SQL, one tenant at a time.
 */
class MatchLedgerTest {

    @Test
    void aProposalAcceptedByLinkGivesTheAskingProvinceTheDetailsOnceAndAnErasedContactStopsVolunteering()
            throws SQLException {
        TestDatabase.url();
        UUID member = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into member_organisation (tenant_id, id,"
                + " name, type, municipality, email) values ('zhvkk', ?, 'Ledger Dorpsraad', 'DORPSRAAD', 'Molenlanden',"
                + " 'dorpsraad@ledger.test')", member);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into member_organisation (tenant_id, id,"
                        + " name, type, municipality) values ('vkkl', ?, 'Ledger Limburg', 'DORPSHUIS', 'Venlo')",
                contact);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into contact_person (tenant_id, id,"
                + " organisation_id, name, email) values ('vkkl', ?, ?, 'Ledger Vrijwilliger', 'ledger@vrijwilliger.test')",
                contact, contact);

        UUID volunteer = inTenant("vkkl", sql -> {
            VolunteerInput.Offer offer = new VolunteerInput(List.of("fondsenwerving", "communicatie"), "Ik schrijf",
                    null, "Venlo", "Blerick", "avonden", "niet in het weekend", true, true, true, null, null, null,
                    null).validate(false);
            UUID id = MatchLedger.createVolunteer(sql, contact, offer, "test");
            MatchLedger.storeContact(sql, id, "Ledger Vrijwilliger", "ledger@vrijwilliger.test", "0612345678");
            return id;
        });
        UUID request = inTenant("zhvkk", sql -> MatchLedger.createRequest(sql,
                new HelpRequestInput(member.toString(), "Fondsen voor het dorpshuis", "Wie helpt?",
                        List.of("fondsenwerving"), "Goudriaan", null, "2027-01-01", "2027-03-31", null).validate(true),
                "Ledger Dorpsraad", null, null, "test"));

        List<Suggestion> suggested = inTenant("zhvkk", sql -> MatchLedger.suggestions(sql, request, 50));
        Suggestion found = suggested.stream().filter(s -> s.volunteerId().equals(volunteer)).findFirst().orElseThrow();
        assertEquals("vkkl", found.volunteerTenant());
        assertEquals("Limburg", found.province());
        assertEquals(1, found.nearness());

        LinkSecrets.Token token = LinkSecrets.next();
        UUID match = inTenant("zhvkk", sql -> {
            String pseudonym = MatchLedger.proposable(sql, "vkkl", volunteer).orElseThrow();
            UUID id = MatchLedger.propose(sql, request, "vkkl", volunteer, pseudonym, "admin@zhvkk", "TENANT_ADMIN",
                    token.hash(), 14);
            assertTrue(
                    MatchLedger.mailVolunteer(sql, id, "MATCH_PROPOSAL", "nl", "Onderwerp", null, "Tekst").isPresent());
            assertTrue(MatchLedger.alreadyProposed(sql, request, "vkkl", volunteer));
            assertTrue(MatchLedger.acceptedContact(sql, id).isEmpty(), "nothing before the yes");
            return id;
        });
        assertTrue(inTenant("zhvkk", sql -> MatchLedger.suggestions(sql, request, 50)).stream()
                .noneMatch(s -> s.volunteerId().equals(volunteer)), "a proposed volunteer is not suggested again");
        assertEquals(1, inTenant("vkkl", sql -> MatchLedger.proposalsAbout(sql, volunteer)).size());

        assertTrue(inTenant("vkkl", sql -> MatchLedger.answerByLink(sql, token.hash(), true)).isEmpty(),
                "the link works under the asking province only");
        MatchLedger.LinkAnswer answer = inTenant("zhvkk",
                sql -> MatchLedger.answerByLink(sql, token.hash(), true).orElseThrow());
        assertEquals("ACCEPTED", answer.status());
        assertTrue(answer.changed());
        assertEquals(Boolean.TRUE, inTenant("zhvkk", sql -> MatchLedger.claimExchange(sql, match)));
        assertEquals(Boolean.FALSE, inTenant("zhvkk", sql -> MatchLedger.claimExchange(sql, match)),
                "the details are sent once");
        assertEquals("ledger@vrijwilliger.test",
                inTenant("zhvkk", sql -> MatchLedger.acceptedContact(sql, match).orElseThrow().get("email")));
        assertEquals("dorpsraad@ledger.test",
                inTenant("zhvkk", sql -> MatchLedger.asker(sql, request).orElseThrow().get("email")));

        assertEquals(Integer.valueOf(1), inTenant("vkkl", sql -> MatchLedger.forgetContact(sql, contact)));
        assertTrue(inTenant("zhvkk", sql -> MatchLedger.acceptedContact(sql, match)).isEmpty(),
                "an erased volunteer's details are gone for the asking province too");
    }

    private static <T> T inTenant(String tenant, Function<Sql, T> work) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            RowSecurity.REGION_SCOPE.bind(connection, "*");
            T result = work.apply(JdbcSql.on(connection));
            connection.commit();
            return result;
        }
    }
}
