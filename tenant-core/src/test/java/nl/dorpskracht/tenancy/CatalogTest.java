package nl.dorpskracht.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the migrated schema from the PostgreSQL catalog: what the migrations promise, the database must hold. */
class CatalogTest {

    private static final String REGION = "00000000-0000-0000-0000-00000000c0a1";
    private static final String MEMBER = "00000000-0000-0000-0000-00000000c0b1";
    private static final String CONTACT = "00000000-0000-0000-0000-00000000c0c1";

    private static List<String> tenantTables;

    @BeforeAll
    static void migrateAndSeed() throws SQLException {
        TestDatabase.url();
        tenantTables = strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " join pg_attribute a on a.attrelid = c.oid where n.nspname = 'public' and c.relkind = 'r'"
                + " and a.attname = 'tenant_id' and not a.attisdropped order by 1");
        // one row per tenant table, so "0 rows without a tenant" is a real observation, not an empty table
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into region (tenant_id, id, name) values ('vkkl', '" + REGION + "', 'Catalogus-Noord')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into member_organisation (tenant_id, id, name, type, municipality, region) values"
                        + " ('vkkl', '" + MEMBER
                        + "', 'Catalogus Dorpsraad', 'DORPSRAAD', 'Venlo', 'Catalogus-Noord')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into member_organisation (tenant_id, id, name, type, municipality) values"
                        + " ('vkkl', gen_random_uuid(), 'Catalogus Zonder Regio', 'DORPSHUIS', 'Venlo')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into member_status_change (tenant_id, id, member_id, status, changed_by) values"
                        + " ('vkkl', gen_random_uuid(), '" + MEMBER + "', 'ACTIVE', 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into contact_person (tenant_id, id, organisation_id, name) values" + " ('vkkl', '" + CONTACT
                        + "', '" + MEMBER + "', 'Catalogus Persoon')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into sepa_mandate (tenant_id, member_id, iban, reference, signed_on) values" + " ('vkkl', '"
                        + MEMBER + "', 'NL91ABNA0417164300', 'CAT-1', current_date)");
        // contributions (V4): a plan with a tier, a member on it, a run with one invoice, its line and a payment
        String plan = "00000000-0000-0000-0000-00000000c0d1";
        String run = "00000000-0000-0000-0000-00000000c0e1";
        String invoice = "00000000-0000-0000-0000-00000000c0f1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into contribution_plan (tenant_id, id, name, kind, amount_cents) values ('vkkl', '" + plan
                        + "', 'Catalogus Staffel', 'TIERED', 5000)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into contribution_tier (tenant_id, id, plan_id, from_inhabitants, amount_cents) values"
                        + " ('vkkl', gen_random_uuid(), '" + plan + "', 1000, 7500)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into member_contribution (tenant_id, member_id, plan_id, payer) values ('vkkl', '" + MEMBER
                        + "', '" + plan + "', 'ORGANISATION')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into contribution_run (tenant_id, id, year, status, issued_on, due_on, started_by) values"
                        + " ('vkkl', '" + run + "', 2027, 'DONE', current_date, current_date + 30, 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into invoice_counter (tenant_id, year, last_number) values ('vkkl', 2027, 1)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into invoice (tenant_id, id, number, year, run_id, payer_kind, payer_key, member_id,"
                        + " payer_name, amount_cents, status, issued_on, due_on) values ('vkkl', '" + invoice
                        + "', '2027-000001', 2027, '" + run + "', 'ORGANISATION', 'M:" + MEMBER + "', '" + MEMBER
                        + "', 'Catalogus Dorpsraad', 5000, 'OPEN', current_date, current_date + 30)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into invoice_line (tenant_id, id, invoice_id, line_no, year, member_id, member_name, plan_id,"
                        + " plan_name, amount_cents) values ('vkkl', gen_random_uuid(), '" + invoice + "', 1, 2027, '"
                        + MEMBER + "', 'Catalogus Dorpsraad', '" + plan + "', 'Catalogus Staffel', 5000)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into payment (tenant_id, id, invoice_id, amount_cents, paid_on, method, recorded_by) values"
                        + " ('vkkl', gen_random_uuid(), '" + invoice + "', 1000, current_date, 'TRANSFER', 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into sepa_creditor (tenant_id, id, name, iban, creditor_id) values ('vkkl', gen_random_uuid(),"
                        + " 'Catalogus', 'NL91ABNA0417164300', 'NL20ZZZ999999999990000')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into audit_entry (tenant_id, id, actor, action, entity_type, entity_id, changes) values"
                        + " ('vkkl', gen_random_uuid(), 'test', 'CREATE', 'Test', '1', '{}')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into account (id, email, display_name, password_hash) values"
                        + " ('00000000-0000-0000-0000-0000000000c1', 'catalog@test', 'Catalogus', 'x')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into account_grant (tenant_id, account_id, role) values"
                        + " ('vkkl', '00000000-0000-0000-0000-0000000000c1', 'TENANT_ADMIN')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into event (tenant_id, id, type, title, starts_at, ends_at) values"
                        + " ('vkkl', '00000000-0000-0000-0000-00000000c0e1', 'OTHER', 'Catalogus', now(), now())");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into event_share (tenant_id, event_id, guest_tenant) values"
                        + " ('vkkl', '00000000-0000-0000-0000-00000000c0e1', 'ovkk')");
        // the Dorpskrachtprijs (V8): an ALV with a round, one nomination and one vote
        String alv = "00000000-0000-0000-0000-00000000c1a1";
        String nomination = "00000000-0000-0000-0000-00000000c1b1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into event (tenant_id, id, type, title, starts_at, ends_at) values ('vkkl', '" + alv
                        + "', 'ALV', 'Catalogus ALV', now(), now())");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into prize_round (tenant_id, event_id, phase) values ('vkkl', '" + alv + "', 'VOTING')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into prize_nomination (tenant_id, id, event_id, nominated_by_member, initiative, village)"
                        + " values ('vkkl', '" + nomination + "', '" + alv + "', '" + MEMBER
                        + "', 'Catalogus Buurtbus', 'Venlo')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into prize_vote (tenant_id, event_id, member_id, nomination_id, voted_by_contact) values"
                        + " ('vkkl', '" + alv + "', '" + MEMBER + "', '" + nomination + "', '" + CONTACT + "')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into ambassador_region (tenant_id, account_id, region_id) values"
                        + " ('vkkl', '00000000-0000-0000-0000-0000000000c1', '" + REGION + "')");
        // invitations (V16), found by the hash of their link's token before their tenant is known
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into invitation (tenant_id, id, email, display_name, role, token_hash, invited_by, expires_at)"
                        + " values ('vkkl', gen_random_uuid(), 'uitgenodigd@test', 'Catalogus Genodigde',"
                        + " 'TENANT_ADMIN', sha256('catalogus'::bytea), 'test', now() + interval '1 day')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id, attendee_name,"
                        + " organisation_name, status, registered_by) values ('vkkl', gen_random_uuid(), 'vkkl',"
                        + " '00000000-0000-0000-0000-00000000c0e1', '" + CONTACT + "', '" + MEMBER
                        + "', 'Catalogus Persoon', 'Catalogus Dorpsraad', 'CONFIRMED', 'ADMIN')");
        // lobby campaigns (V10): an open campaign with a speerpunt, a target it writes to, one co-signature
        String campaign = "00000000-0000-0000-0000-00000000c2a1";
        String target = "00000000-0000-0000-0000-00000000c2b1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into campaign (tenant_id, id, title, status)"
                + " values ('vkkl', '" + campaign + "', 'Catalogus Campagne', 'OPEN')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into campaign_position (tenant_id,"
                + " campaign_id, position, title) values ('vkkl', '" + campaign + "', 1, 'Catalogus speerpunt')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into campaign_target (tenant_id, id, kind," + " name, municipality) values ('vkkl', '" + target
                        + "', 'MUNICIPAL_COUNCIL', 'Catalogus Raad', 'Venlo')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into campaign_addressee (tenant_id,"
                + " campaign_id, target_id) values ('vkkl', '" + campaign + "', '" + target + "')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into endorsement (tenant_id, host_tenant,"
                        + " campaign_id, member_id, organisation_name, municipality) values ('vkkl', 'vkkl', '"
                        + campaign + "', '" + MEMBER + "', 'Catalogus Dorpsraad', 'Venlo')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into endorsement_signer (tenant_id,"
                        + " host_tenant, campaign_id, member_id, signed_by, contact_id) values ('vkkl', 'vkkl', '"
                        + campaign + "', '" + MEMBER + "', 'SELF', '" + CONTACT + "')");
        // the mail outbox (V15): one mail waiting to be sent
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into mail_outbox (tenant_id, id, kind, label, recipient, subject, text_body, message_id) values"
                        + " ('vkkl', gen_random_uuid(), 'CATALOG', 'CATALOG 1', 'catalog@test', 'Catalogus', 'Tekst',"
                        + " '<catalog@dorpskracht>')");
        // the target list seed marker (V11): this tenant's list was seeded once
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into target_list_seed (tenant_id, source, targets) values ('vkkl', 'Catalogus', 1)");
        // a personal API token (V18)
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into api_token (tenant_id, id, account_id, role, name, token_hash) values ('vkkl',"
                        + " gen_random_uuid(), '00000000-0000-0000-0000-0000000000c1', 'TENANT_ADMIN', 'Catalogus',"
                        + " 'catalog-digest')");
        // the Projectenbank (V27): a draft initiative with a link and a file with its bytes
        String initiative = "00000000-0000-0000-0000-0000000027a1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative (tenant_id, id, member_id, title, themes) values ('vkkl', '" + initiative
                        + "', '" + MEMBER + "', 'Catalogus buurtbus', '{mobiliteit}')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative_link (tenant_id, initiative_id, position, url, label) values ('vkkl', '"
                        + initiative + "', 0, 'https://example.org', 'Catalogus')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative_file (tenant_id, id, initiative_id, file_name, content_type, size, sha256,"
                        + " added_by) values ('vkkl', '00000000-0000-0000-0000-0000000027f1', '" + initiative
                        + "', 'c.pdf', 'application/pdf', 1, repeat('0', 64), 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative_file_content (tenant_id, file_id, bytes) values"
                        + " ('vkkl', '00000000-0000-0000-0000-0000000027f1', 'x'::bytea)");
        // the Projectenbank's search index (V28) holds published initiatives only, filled by its trigger
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative (tenant_id, id, title, themes, status, visibility) values ('vkkl',"
                        + " '00000000-0000-0000-0000-0000000028a1', 'Catalogus dorpshuis', '{ontmoeting}', 'PUBLISHED',"
                        + " 'OWN')");
        // the national tallies (V30): a published initiative counts in initiative_tally
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into initiative (tenant_id, id, title, themes, status) values ('vkkl',"
                        + " '00000000-0000-0000-0000-0000000030a1', 'Catalogus energie', '{energie}', 'PUBLISHED')");
        // news (V23): a draft with an image
        String news = "00000000-0000-0000-0000-0000000023a1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into news_item (tenant_id, id, title) values ('vkkl', '" + news + "', 'Catalogus nieuws')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into news_file (tenant_id, news_id, id, kind, file_name, content_type, size, bytes) values"
                        + " ('vkkl', '" + news + "', gen_random_uuid(), 'IMAGE', 'c.png', 'image/png', 1, '\\x89')");
        // the documents library (V24): a folder, a members-only document with its bytes, and a logged download
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into document_folder (tenant_id, id, name)"
                + " values ('vkkl', '00000000-0000-0000-0000-0000000000f1', 'Catalogus map')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into document (tenant_id, id, folder_id, title,"
                        + " file_name, content_type, size, sha256, added_by) values ('vkkl',"
                        + " '00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000f1', 'Catalogus',"
                        + " 'catalogus.txt', 'text/plain', 1, repeat('a', 64), 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into document_content (tenant_id,"
                + " document_id, bytes) values ('vkkl', '00000000-0000-0000-0000-0000000000d1', 'x'::bytea)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into document_download (tenant_id, id,"
                        + " host_tenant, document_id, account_id) values ('vkkl', gen_random_uuid(), 'vkkl',"
                        + " '00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000c1')");
        // newsletters (V25): a sent one with one section, one recipient who unsubscribed, and the withdrawal
        String newsletter = "00000000-0000-0000-0000-0000000025a1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into newsletter (tenant_id, id, title, status, recipients, html_body, text_body, created_by)"
                        + " values ('vkkl', '" + newsletter
                        + "', 'Catalogus brief', 'SENT', 1, '<p>c</p>', 'c', 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into newsletter_section (tenant_id, newsletter_id, position, news_tenant, news_id) values"
                        + " ('vkkl', '" + newsletter + "', 0, 'vkkl', '" + news + "')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into newsletter_recipient (tenant_id, newsletter_id, contact_person_id, token_hash,"
                        + " unsubscribed_at) values ('vkkl', '" + newsletter + "', '" + CONTACT
                        + "', 'catalog', now())");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into consent_withdrawal (tenant_id, id, contact_person_id, consent, source) values ('vkkl',"
                        + " gen_random_uuid(), '" + CONTACT + "', 'NEWSLETTER', 'UNSUBSCRIBE_LINK')");
        // vraag & aanbod (V29): a volunteer with contact details, a request, a proposal
        String volunteer = "00000000-0000-0000-0000-0000000029a1";
        String request = "00000000-0000-0000-0000-0000000029b1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into volunteer (tenant_id, id, pseudonym,"
                        + " skills, region, consent_on, registered_by) values ('vkkl', '" + volunteer
                        + "', 'Catalogus V1'," + " '{juridisch}', 'Catalogus-Noord', current_date, 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into volunteer_contact (tenant_id," + " volunteer_id, name, email) values ('vkkl', '"
                        + volunteer + "', 'Catalogus Vrijwilliger'," + " 'vrijwilliger@test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, region, created_by) values ('vkkl', '" + request + "', '" + MEMBER
                + "', 'Catalogus Dorpsraad', 'Catalogus vraag', '{juridisch}', 'Catalogus-Noord', 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into volunteer_match (tenant_id, id,"
                + " request_id, volunteer_tenant, volunteer_id, volunteer_pseudonym, proposed_by, proposed_role, token_hash,"
                + " expires_at) values ('vkkl', gen_random_uuid(), '" + request + "', 'vkkl', '" + volunteer + "',"
                + " 'Catalogus V1', 'test'," + " 'TENANT_ADMIN', repeat('c', 64), now() + interval '14 days')");
        // the bookkeeping journal (V35)
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into ledger_accounts (tenant_id, id,"
                        + " debtors_account, bank_account, cash_account, revenue_account, sales_journal, bank_journal)"
                        + " values ('vkkl', gen_random_uuid(), '1300', '1100', '1000', '8000', 'VK', 'BNK')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into ledger_plan_account (tenant_id, plan_id,"
                + " revenue_account) values ('vkkl', '" + plan + "', '8010')");
        // SEPA history (V31): one collection of the invoice above
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into mandate_collection (tenant_id, id,"
                        + " member_id, invoice_id, end_to_end_id, mandate_reference, iban, creditor_id, sequence_type,"
                        + " collection_date) values ('vkkl', gen_random_uuid(), '" + MEMBER + "',"
                        + " '00000000-0000-0000-0000-00000000c0f1', '2027-000001', 'CAT-1', 'NL91ABNA0417164300',"
                        + " 'NL20ZZZ999999999990000', 'FRST', current_date)");
        // bank statements (V32): a statement, one returned entry, the reversal of the catalogue's invoice payment
        String statement = "00000000-0000-0000-0000-00000000ca01";
        String entry = "00000000-0000-0000-0000-00000000ca02";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into bank_statement (tenant_id, id,"
                        + " message_id, statement_id, account_iban, format, entry_count, matched_count, review_count,"
                        + " returned_count, ignored_count, imported_by) values ('vkkl', '" + statement + "', 'CAT-MSG',"
                        + " 'CAT-STMT', 'NL91ABNA0417164300', 'camt.053.001.02', 1, 0, 0, 1, 0, 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into bank_statement_entry (tenant_id, id,"
                + " statement_id, position, amount_cents, credit, match_status, matched_invoice_id, return_reason)"
                + " values ('vkkl', '" + entry + "', '" + statement + "', 1, 1000, false, 'RETURNED',"
                + " '00000000-0000-0000-0000-00000000c0f1', 'AM04')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into payment_reversal (tenant_id, id,"
                + " payment_id, invoice_id, amount_cents, reason_code, reversed_on, entry_id, recorded_by) select"
                + " 'vkkl', gen_random_uuid(), p.id, p.invoice_id, p.amount_cents, 'AM04', current_date, '" + entry
                + "', 'test' from payment p where p.tenant_id = 'vkkl' limit 1");
        // afdracht (V33): the catalog copies vkkl rows, so vkkl holds one of each (an invoice of its own to ovkk, and
        // its paid record of an invoice lvkk issued to it)
        String remittance = "00000000-0000-0000-0000-0000000033a1";
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into remittance_rule (tenant_id, year, basis,"
                + " amount_cents, reference_date, updated_by) values ('vkkl', 2027, 'FIXED', 100, date '2027-01-01',"
                + " 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into remittance_invoice_counter (tenant_id, year, last_number) values ('vkkl', 2027, 1)");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into remittance_invoice (tenant_id, id, year,"
                + " number, province, basis, reference_date, amount_cents, issued_on, due_on, created_by) values"
                + " ('vkkl', gen_random_uuid(), 2027, 'AF2027-0001', 'ovkk', 'FIXED', date '2027-01-01', 100,"
                + " current_date, current_date, 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk", "insert into remittance_invoice (tenant_id, id, year,"
                + " number, province, basis, reference_date, amount_cents, issued_on, due_on, created_by) values"
                + " ('lvkk', '" + remittance + "', 2027, 'AF2027-0001', 'vkkl', 'FIXED', date '2027-01-01', 100,"
                + " current_date, current_date, 'test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into remittance_paid (tenant_id, invoice_id,"
                        + " national, paid_on, amount_cents, recorded_by) values ('vkkl', '" + remittance + "', 'lvkk',"
                        + " current_date, 100, 'test')");
        // invoice mail, municipality payers, payment reminders (V34)
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into municipality_payer (tenant_id,"
                + " municipality, name, email) values ('vkkl', 'catalogus', 'Gemeente Catalogus', 'g@test')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into payment_reminder_schedule (tenant_id, days) values ('vkkl', '14,30')");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into invoice_reminder (tenant_id, id,"
                        + " invoice_id, step, days, mail_id) values ('vkkl', gen_random_uuid(),"
                        + " '00000000-0000-0000-0000-00000000c0f1', 1, 14, gen_random_uuid())");
    }

    @Test
    void registrationsStayInTheRegistrantsProvinceTheHostReadsThemThroughTheViewAndPlacesAreCountedAcrossTenants()
            throws SQLException {
        String event = java.util.UUID.randomUUID().toString();
        String unshared = java.util.UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into event (tenant_id, id, type, title,"
                + " starts_at, ends_at, status, capacity) values ('vkkl', ?::uuid, 'WEBINAR', 'Registratie plaatsen',"
                + " now() + interval '1 day', now() + interval '25 hours', 'PUBLISHED', 1), ('vkkl', ?::uuid, 'WEBINAR',"
                + " 'Registratie niet gedeeld', now() + interval '1 day', now() + interval '25 hours', 'PUBLISHED', 1)",
                event, unshared);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "insert into event_share (tenant_id, event_id, guest_tenant) values ('vkkl', ?::uuid, 'zhvkk')", event);
        String member = java.util.UUID.randomUUID().toString();
        String contact = java.util.UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into member_organisation (tenant_id, id,"
                + " name, type, municipality) values ('zhvkk', ?::uuid, 'Catalogus Zuid', 'DORPSRAAD', 'Goeree')",
                member);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into contact_person (tenant_id, id,"
                        + " organisation_id, name) values ('zhvkk', ?::uuid, ?::uuid, 'Catalogus Gast')",
                contact, member);

        assertEquals(List.of("CONFIRMED"),
                asTenant("zhvkk", "select claim from claim_event_place('vkkl', '" + event + "')"));
        assertEquals(List.of("NOT_FOUND"),
                asTenant("zhvkk", "select claim from claim_event_place('vkkl', '" + unshared + "')"));
        assertEquals(List.of("NOT_FOUND"),
                asTenant("ovkk", "select claim from claim_event_place('vkkl', '" + event + "')"));
        assertEquals(List.of("NOT_FOUND"),
                asTenant("", "select claim from claim_event_place('vkkl', '" + event + "')"));
        assertEquals(List.of(), asTenant("ovkk", "select capacity from event_places('vkkl', '" + event + "', 0)"));

        String insert = "insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id,"
                + " attendee_name, organisation_name, status, registered_by, sharing_consent_at) values (";
        String guest = insert + "'zhvkk', gen_random_uuid(), 'vkkl', '" + event + "', '" + contact + "', '" + member
                + "', 'Catalogus Gast', 'Catalogus Zuid', 'CONFIRMED', 'SELF', now())";
        assertEquals(List.of("1"), asTenant("zhvkk", "with r as (" + guest + " returning 1) select count(*) from r"));
        assertThrows(SQLException.class, () -> asTenant("zhvkk", guest.replace("now())", "null)")),
                "without consent a registration does not leave the province");
        assertThrows(SQLException.class, () -> asTenant("zhvkk", guest.replaceFirst("'zhvkk'", "'vkkl'")),
                "a tenant writes registrations of its own people only");

        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", guest);
        assertEquals(List.of("Catalogus Gast|zhvkk"), asTenant("vkkl",
                "select attendee_name || '|' || home_tenant from event_attendee where event_id = '" + event + "'"));
        assertEquals(List.of(), asTenant("ovkk", "select attendee_name from event_attendee"));
        assertEquals(List.of("0"), asTenant("ovkk", "select count(*) from registration"));
        assertEquals(List.of("1|1|0"), asTenant("zhvkk",
                "select capacity || '|' || confirmed || '|' || waiting from event_places('vkkl', '" + event + "', 0)"));
        assertEquals(List.of("WAITLISTED|0"),
                asTenant("zhvkk",
                        "select claim || '|' || waiting_before from claim_event_place('vkkl', '" + event + "')"),
                "the host's single place is taken by another province's registrant");
        assertEquals(List.of(),
                asTenant("ovkk", "select registration_id from promote_event_waitlist('vkkl', '" + event + "')"),
                "a tenant without registrations for the event cannot move its waitlist");
    }

    @Test
    void noTenantIsNamedLikeAPathOfItsOwn() throws SQLException {
        for (String code : List.of("national", "me", "tenants", "ping")) {
            try (Connection connection = TestDatabase.superuser().getConnection();
                    Statement sql = connection.createStatement()) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.execute("insert into tenant (code, name, kind, parent_code) values ('" + code
                                + "', 'X', 'PROVINCIAL', 'lvkk')"));
                assertEquals("23514", refused.getSQLState(), code);
            }
        }
    }

    @Test
    void talliesAreReadByTheirTenantAndItsNationalTenantWrittenOnlyByTheDatabaseAndFoldedWithoutChangingASum()
            throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "insert into member_organisation (tenant_id, id, name,"
                        + " type, municipality) select 'ovkk', gen_random_uuid(), 'Tally ' || n, 'DORPSHUIS', 'Raalte'"
                        + " from generate_series(1, 40) n");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "update member_organisation set type = 'OTHER'" + " where name like 'Tally %' and name < 'Tally 3'");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "delete from member_organisation" + " where name like 'Tally 1%'");
        String stored = "select type || ':' || count(*) from member_organisation where tenant_id = 'ovkk'"
                + " group by type order by 1";
        String tallied = "select type || ':' || sum(organisations) from member_tally where tenant_id = 'ovkk'"
                + " group by type having sum(organisations) <> 0 order by 1";
        assertEquals(strings(stored), strings(tallied), "one change row per statement, summed per key");
        assertEquals(List.of("2"),
                strings("select count(*) from member_tally where tenant_id = 'ovkk' and fresh" + " and type = 'OTHER'"),
                "the update and the delete: one change row each, not one per organisation");
        strings("select fold_tallies()");
        assertEquals(strings(stored), strings(tallied), "folding changes no sum");
        assertEquals(List.of("0"), strings("select count(*) from member_tally where fresh"));

        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', 'lvkk', true)");
                try (ResultSet row = sql.executeQuery("select count(distinct tenant_id) from member_tally")) {
                    row.next();
                    assertTrue(row.getInt(1) >= 2, "the national tenant reads its provinces' tallies");
                }
                sql.execute("select set_config('app.tenant_id', 'ovkk', true)");
                try (ResultSet row = sql.executeQuery("select count(*) from member_tally where tenant_id <> 'ovkk'")) {
                    row.next();
                    assertEquals(0, row.getInt(1), "a province reads its own tallies only");
                }
                SQLException forged = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.execute("insert into member_tally (tenant_id, type, region, status, joined_quarter,"
                                + " organisations) values ('ovkk', 'OTHER', '', 'ACTIVE', current_date, 1000)"));
                assertEquals("42501", forged.getSQLState(), "only the triggers write a tally");
            }
            connection.rollback();
        }
    }

    @Test
    void co_signaturesStayInTheSignersProvinceTheHostReadsOrganisationsOnlyAndOnlyOpenCampaignsAcceptThem()
            throws SQLException {
        String national = java.util.UUID.randomUUID().toString();
        String draft = java.util.UUID.randomUUID().toString();
        String provincial = java.util.UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                "insert into campaign (tenant_id, id, title, status,"
                        + " national) values ('lvkk', ?::uuid, 'Catalogus landelijk', 'OPEN', true),"
                        + " ('lvkk', ?::uuid, 'Catalogus concept', 'DRAFT', true)",
                national, draft);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                "insert into campaign_position (tenant_id,"
                        + " campaign_id, position, title) values ('lvkk', ?::uuid, 1, 'Landelijk speerpunt'),"
                        + " ('lvkk', ?::uuid, 1, 'Concept speerpunt')",
                national, draft);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk", "insert into campaign (tenant_id, id, title, status)"
                + " values ('ovkk', ?::uuid, 'Catalogus Overijssel', 'OPEN')", provincial);
        assertThrows(SQLException.class,
                () -> asTenant("vkkl",
                        "insert into campaign (tenant_id, id, title, national)"
                                + " values ('vkkl', gen_random_uuid(), 'Provinciaal landelijk', true)"),
                "only a national tenant writes national campaigns");

        assertEquals(List.of("Catalogus landelijk"), asTenant("zhvkk", "select title from national_campaign"));
        assertEquals(List.of("Landelijk speerpunt"), asTenant("zhvkk", "select title from national_campaign_position"));
        assertEquals(List.of(), asTenant("zhvkk", "select title from campaign where tenant_id = 'ovkk'"));
        assertEquals(List.of(), asTenant("", "select title from national_campaign"));

        String member = java.util.UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into member_organisation (tenant_id, id,"
                        + " name, type, municipality) values ('zhvkk', ?::uuid, 'Catalogus Tekenaar', 'DORPSRAAD',"
                        + " 'Molenlanden')",
                member);
        String sign = "insert into endorsement (tenant_id, host_tenant, campaign_id, member_id, organisation_name,"
                + " municipality) values ('zhvkk', '%s', '%s', '" + member + "', 'Catalogus Tekenaar', 'Molenlanden')";
        String signed = "with e as (" + sign.formatted("lvkk", national) + " returning 1) select count(*) from e";
        assertEquals(List.of("1"), asTenant("zhvkk", signed));
        assertThrows(SQLException.class, () -> asTenant("zhvkk", sign.formatted("lvkk", draft)),
                "a draft takes no signatures");
        assertThrows(SQLException.class, () -> asTenant("zhvkk", sign.formatted("ovkk", provincial)),
                "another province's own campaign takes no signatures from here");
        assertThrows(SQLException.class, () -> asTenant("ovkk", sign.formatted("lvkk", national)),
                "a province signs for its own organisations only");

        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", sign.formatted("lvkk", national));
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into endorsement_signer (tenant_id,"
                + " host_tenant, campaign_id, member_id, signed_by, contact_id) values ('zhvkk', 'lvkk', ?::uuid,"
                + " ?::uuid, 'ADMIN', null)", national, member);
        assertEquals(List.of("Catalogus Tekenaar|zhvkk|Molenlanden"),
                asTenant("lvkk", "select organisation_name"
                        + " || '|' || home_tenant || '|' || municipality from campaign_cosigner where campaign_id = '"
                        + national + "'"));
        assertEquals(List.of("0"), asTenant("lvkk", "select count(*) from endorsement_signer"),
                "the host never reads who signed");
        assertEquals(List.of(), asTenant("ovkk", "select organisation_name from campaign_cosigner"));
        assertEquals(List.of("1"), asTenant("zhvkk", "select count(*) from endorsement_signer"));
        assertEquals(List.of("t", "f"), asTenant("zhvkk", "select campaign_accepts_endorsements('lvkk', '" + national
                + "') union all select campaign_accepts_endorsements('ovkk', '" + provincial + "')"));

        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                "update campaign set status = 'SENT' where tenant_id = 'lvkk' and id = ?::uuid", national);
        assertEquals(List.of("0"), asTenant("zhvkk", "with d as (delete from endorsement where campaign_id = '"
                + national + "' returning 1) select count(*) from d"), "no withdrawal once the letters are sent");
    }

    @Test
    void aGuestTenantReadsPublishedEventsSharedWithItThroughTheViewAndNothingElse() throws SQLException {
        String[][] events = { { "Gedeeld met iedereen", "PUBLISHED", "true", null },
                { "Gedeeld met zhvkk", "PUBLISHED", "false", "zhvkk" },
                { "Gedeeld met ovkk", "PUBLISHED", "false", "ovkk" }, { "Concept gedeeld", "DRAFT", "true", null },
                { "Niet gedeeld", "PUBLISHED", "false", null } };
        for (String[] event : events) {
            String id = java.util.UUID.randomUUID().toString();
            TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into event (tenant_id, id, type, title,"
                    + " starts_at, ends_at, status, shared_with_all) values ('vkkl', ?::uuid, 'WEBINAR', ?, now(),"
                    + " now() + interval '1 hour', ?, ?::boolean)", id, "Catalogus " + event[0], event[1], event[2]);
            if (event[3] != null) {
                TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                        "insert into event_share (tenant_id," + " event_id, guest_tenant) values ('vkkl', ?::uuid, ?)",
                        id, event[3]);
            }
        }
        assertEquals(List.of("Catalogus Gedeeld met iedereen", "Catalogus Gedeeld met zhvkk"),
                asTenant("zhvkk", "select title from shared_event where title like 'Catalogus%' order by title"));
        assertEquals(List.of(),
                asTenant("zhvkk", "select title from event where title like 'Catalogus%' and status <> 'PUBLISHED'"));
        assertEquals(List.of("0"), asTenant("zhvkk", "select count(*) from event_share where guest_tenant <> 'zhvkk'"));
        assertEquals(List.of(), asTenant("", "select title from shared_event"));
        assertEquals(List.of(), asTenant("vkkl", "select title from shared_event where title like 'Catalogus%'"),
                "the host finds its own events in event, not in the view of others' events");
    }

    private static List<String> asTenant(String tenant, String query) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                List<String> found = new ArrayList<>();
                try (ResultSet row = sql.executeQuery(query)) {
                    while (row.next()) {
                        found.add(row.getString(1));
                    }
                }
                connection.rollback();
                return found;
            }
        }
    }

    @Test
    void aRegionScopeShowsTheMembersOfThoseRegionsOnlyAndTheirContactPersons() throws SQLException {
        assertEquals(List.of("Catalogus Dorpsraad|1"), inScope("Catalogus-Noord"));
        assertEquals(List.of(), inScope("Catalogus-Zuid"));
        assertEquals(List.of(), inScope(""));
        assertEquals(List.of("Catalogus Dorpsraad|1", "Catalogus Zonder Regio|0"), inScope("*"));
    }

    private static List<String> inScope(String scope) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', 'vkkl', true)");
                sql.execute("select set_config('app.region_scope', '" + scope + "', true)");
                List<String> found = new ArrayList<>();
                try (ResultSet row = sql.executeQuery("select m.name || '|' || (select count(*) from contact_person c"
                        + " where c.organisation_id = m.id) from member_organisation m"
                        + " where m.name like 'Catalogus%' order by 1")) {
                    while (row.next()) {
                        found.add(row.getString(1));
                    }
                }
                try (ResultSet row = sql.executeQuery("select count(*) from contact_person")) {
                    row.next();
                    if (scope.isEmpty() || scope.endsWith("Zuid")) {
                        assertEquals(0, row.getInt(1), "contact persons outside the scope");
                    }
                }
                connection.rollback();
                return found;
            }
        }
    }

    @Test
    void theSchemaHasTenantOwnedTables() {
        assertTrue(tenantTables.containsAll(List.of("member_organisation", "audit_entry", "account_grant")),
                "found " + tenantTables);
    }

    @Test
    void everyTenantTableHasRowLevelSecurityEnabledForcedAndAPolicy() throws SQLException {
        for (String table : tenantTables) {
            List<String> flags = strings("select relrowsecurity || ',' || relforcerowsecurity from pg_class"
                    + " where relname = '" + table + "' and relnamespace = 'public'::regnamespace");
            assertEquals(List.of("true,true"), flags, table + ": RLS enabled, forced");
            List<String> policies = strings("select policyname from pg_policies where tablename = '" + table + "'");
            assertFalse(policies.isEmpty(), table + " has no policy");
        }
    }

    @Test
    void tenantIdLeadsThePrimaryKeyAndEveryIndexOfTenantTables() throws SQLException {
        for (String table : tenantTables) {
            List<String> leading = strings("select i.indexrelid::regclass::text || '=' || a.attname from pg_index i"
                    + " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]"
                    + " where i.indrelid = 'public." + table + "'::regclass");
            assertFalse(leading.isEmpty(), table + " has no index");
            for (String index : leading) {
                if (TOKEN_LOOKUP_INDEXES.containsKey(index.substring(0, index.indexOf('=')))) {
                    continue;
                }
                assertTrue(index.endsWith("=tenant_id"), table + ": " + index);
            }
            List<String> primary = strings(
                    "select count(*) from pg_index where indisprimary and indrelid = 'public." + table + "'::regclass");
            assertEquals(List.of("1"), primary, table + " has a primary key");
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
        assertEquals(List.of("false,false,false"),
                strings("select rolsuper || ',' || rolbypassrls || ',' || rolcreaterole"
                        + " from pg_roles where rolname = '" + TestDatabase.APPLICATION + "'"));
        assertEquals(List.of("0"), strings("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                + " where r.rolname = '" + TestDatabase.APPLICATION + "'"));
        assertEquals(List.of("0"), strings("select count(*) from pg_namespace n join pg_roles r on r.oid = n.nspowner"
                + " where r.rolname = '" + TestDatabase.APPLICATION + "'"));
        assertEquals(List.of("false"),
                strings("select rolsuper::text from pg_roles where rolname = '" + TestDatabase.OWNER + "'"));
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoRowOfAnyTenantTable() throws SQLException {
        for (String table : tenantTables) {
            assertTrue(count("postgres", table) > 0, table + " should hold rows for this check");
            assertEquals(0, count(TestDatabase.APPLICATION, table), table + " visible without a tenant");
        }
    }

    @Test
    void withAnotherTenantTheApplicationRoleSeesNoneOfTheseRows() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', 'zhvkk', true)");
                for (String table : tenantTables) {
                    try (ResultSet row = sql
                            .executeQuery("select count(*) from " + table + " where tenant_id = 'vkkl'")) {
                        row.next();
                        assertEquals(0, row.getInt(1), table);
                    }
                }
            }
            connection.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotWriteIntoAnotherTenant() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', 'zhvkk', true)");
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.execute("insert into member_organisation (tenant_id, id, name, type, municipality)"
                                + " values ('vkkl', gen_random_uuid(), 'Indringer', 'OTHER', 'Venlo')"));
                assertEquals("42501", refused.getSQLState(), "row-level security violation");
            }
            connection.rollback();
        }
    }

    /**
     * Tables without {@code tenant_id}: each a decision, not an oversight. A new table either gets {@code tenant_id}
     * (leading every key, RLS enabled and forced) or a line here saying why every tenant shares it.
     */
    private static final Map<String, String> PLATFORM_TABLES = Map.ofEntries( //
            Map.entry("tenant",
                    "the register of tenants itself: a path's tenant code is resolved here before any tenant is bound"),
            Map.entry("account",
                    "one login per person, shared by every tenant that grants it a role; what an account may do in a"
                            + " tenant lives in account_grant, which is tenant-owned"),
            Map.entry("account_second_factor",
                    "the account's own TOTP secret: one per login, whatever tenants grant it roles"),
            Map.entry("account_recovery_code", "the account's own recovery codes, as account_second_factor"),
            Map.entry("password_reset",
                    "a reset link belongs to the login, not to a tenant; it names the account only, no tenant data"),
            Map.entry("platform_admin",
                    "who administers the platform itself, above every tenant; written only by the owner's command"),
            Map.entry("municipality", "CBS reference data (Gemeentelijke indeling), the same for every tenant"),
            Map.entry("province", "CBS reference data, the twelve provinces"),
            Map.entry("initiative_theme",
                    "the national list of Projectenbank themes, the same for every association; read-only to the"
                            + " application, changed by a migration"),
            Map.entry("skill",
                    "the national list of volunteer skills (V29): managed nationally by migration, the"
                            + " same codes and bits for every association, no person in it"),
            Map.entry("tally_fold",
                    "one row: the generation of the last fold of all tallies (V38), so a kept national report knows"
                            + " whether it is still right; no tenant data, written only by fold_tallies()"),
            Map.entry("flyway_schema_history", "Flyway's record of the migrations, written by the owner only"));

    /**
     * Indexes of tenant tables that do not start with tenant_id, each a decision: a link's or a token's hash is looked
     * up before its tenant is known, through a policy that lets its holder read that one row (V16).
     */
    private static final Map<String, String> TOKEN_LOOKUP_INDEXES = Map.of( //
            "invitation_token", "the invitation link's SHA-256, looked up by invitation_by_token");

    @Test
    void everyTableWithoutATenantIdIsAnExplicitPlatformTable() throws SQLException {
        List<String> shared = strings("select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace"
                + " and c.relkind in ('r', 'p') and not exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                + " and a.attname = 'tenant_id' and not a.attisdropped) order by 1");
        List<String> unexplained = shared.stream().filter(table -> !PLATFORM_TABLES.containsKey(table)).toList();
        assertTrue(unexplained.isEmpty(), "Tables without tenant_id: " + unexplained + ". Give each a tenant_id"
                + " (leading its keys, row-level security enabled and forced, a policy on app.tenant_id), or, if every"
                + " tenant deliberately shares it, add it to CatalogTest.PLATFORM_TABLES with the reason, e.g. "
                + unexplained.stream().map(table -> "\"" + table + "\", \"why every tenant shares it\"").toList());
        List<String> gone = PLATFORM_TABLES.keySet().stream().filter(table -> !shared.contains(table)).sorted()
                .toList();
        assertTrue(gone.isEmpty(), "In CatalogTest.PLATFORM_TABLES but no longer a table without tenant_id: " + gone);
    }

    @Test
    void everyViewReadsWithTheCallersRightsSoRowLevelSecurityHoldsThroughIt() throws SQLException {
        List<String> views = strings("select c.relname || ' ' || c.relkind::text || ' ' || coalesce(array_to_string("
                + "c.reloptions, ','), '') from pg_class c where c.relnamespace = 'public'::regnamespace"
                + " and c.relkind in ('v', 'm') order by 1");
        assertFalse(views.isEmpty(), "the schema has views (shared_event, event_attendee, ...)");
        for (String view : views) {
            assertFalse(view.split(" ")[1].equals("m"),
                    view + ": a materialized view is filled with its owner's rights, past row-level security");
            assertTrue(view.matches(".*security_invoker=(true|on|1|yes).*"),
                    view + ": create it 'with (security_invoker = true)', or it reads with its owner's rights");
        }
    }

    /** What the application role met when it wrote across tenants; see the test below. */
    enum Refusal {
        ROW_SECURITY, NO_PRIVILEGE, NO_ROW_REACHED, WRITTEN, OTHER
    }

    /** A refusal with the SQLSTATE of any other error (a twin meeting the seed's own key is 23505). */
    record Outcome(Refusal refusal, String state) {
        @Override
        public String toString() {
            return state == null ? refusal.name() : refusal + "(" + state + ")";
        }
    }

    /**
     * For every tenant table, generically over the catalog: a copy of a row of vkkl (the seed above) inserted as the
     * application role with zhvkk bound, every vkkl row moved to zhvkk with vkkl bound, and an update and a delete of
     * vkkl's rows with zhvkk bound. Each must be refused by row-level security, or by a missing grant, or reach no row.
     * The owner twin of the insert (the same copy with vkkl bound) must not be refused by row-level security, so the
     * refusal is the tenant's, not the policy refusing everything; where the twin is refused by a missing grant as
     * well, the table is written by the database alone (a trigger) and the grant is the guard. The outcome per table is
     * written to target/catalog-cross-tenant-writes.txt.
     */
    @Test
    void everyTenantTableRefusesAnInsertUpdateOrDeleteAcrossTenantsAsTheApplicationRole() throws SQLException {
        StringBuilder report = new StringBuilder("table: insert into zhvkk of a vkkl row / owner twin / move to zhvkk"
                + " / update of vkkl from zhvkk / delete of vkkl from zhvkk\n");
        List<String> failures = new ArrayList<>();
        for (String table : tenantTables) {
            String row = strings("select row_to_json(t)::text from " + table + " t where tenant_id = 'vkkl' limit 1")
                    .stream().findFirst().orElse(null);
            if (row == null) {
                failures.add(table + ": no row of vkkl to copy; add one to CatalogTest.migrateAndSeed");
                continue;
            }
            String columns = String.join(", ",
                    strings("select quote_ident(attname) from pg_attribute where attrelid" + " = 'public." + table
                            + "'::regclass and attnum > 0 and not attisdropped and attgenerated = ''"
                            + " and attidentity <> 'a' order by attnum"));
            String copy = "insert into " + table + " (" + columns + ") select " + columns
                    + " from json_populate_record(null::" + table + ", '" + row.replace("'", "''") + "'::json)";
            Outcome[] outcomes = { attempt("zhvkk", copy), attempt("vkkl", copy),
                    attempt("vkkl", "update " + table + " set tenant_id = 'zhvkk' where tenant_id = 'vkkl'"),
                    attempt("zhvkk", "update " + table + " set tenant_id = tenant_id where tenant_id = 'vkkl'"),
                    attempt("zhvkk", "delete from " + table + " where tenant_id = 'vkkl'") };
            report.append(table).append(": ").append(java.util.Arrays.stream(outcomes).map(Outcome::toString)
                    .collect(java.util.stream.Collectors.joining(" / "))).append('\n');
            Refusal insert = outcomes[0].refusal();
            Refusal twin = outcomes[1].refusal();
            Refusal move = outcomes[2].refusal();
            Refusal update = outcomes[3].refusal();
            Refusal delete = outcomes[4].refusal();
            if (insert != Refusal.ROW_SECURITY && insert != Refusal.NO_PRIVILEGE) {
                failures.add(table + ": a vkkl row inserted with zhvkk bound was " + insert);
            }
            if (insert == Refusal.ROW_SECURITY && twin == Refusal.ROW_SECURITY) {
                failures.add(table + ": its policy refuses the owner's own insert too, so the refusal proves nothing");
            }
            if (insert == Refusal.NO_PRIVILEGE && twin != Refusal.NO_PRIVILEGE) {
                failures.add(table + ": refused to zhvkk by a grant the owner has: " + twin);
            }
            if (!Set.of(Refusal.ROW_SECURITY, Refusal.NO_PRIVILEGE, Refusal.NO_ROW_REACHED).contains(move)) {
                failures.add(table + ": moving vkkl's rows to zhvkk was " + move);
            }
            for (Refusal across : List.of(update, delete)) {
                if (across != Refusal.NO_PRIVILEGE && across != Refusal.NO_ROW_REACHED) {
                    failures.add(table + ": an update or delete of vkkl's rows with zhvkk bound was " + across);
                }
            }
        }
        java.nio.file.Path target = java.nio.file.Path.of("target");
        if (java.nio.file.Files.isDirectory(target)) {
            try {
                java.nio.file.Files.writeString(target.resolve("catalog-cross-tenant-writes.txt"), report);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), failures, report.toString());
    }

    /** One statement as the application role with the tenant bound (and every region in scope), always rolled back. */
    private static Outcome attempt(String tenant, String statement) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + tenant + "', true),"
                        + " set_config('app.region_scope', '*', true)");
                int rows = sql.executeUpdate(statement);
                return new Outcome(rows == 0 ? Refusal.NO_ROW_REACHED : Refusal.WRITTEN, null);
            } catch (SQLException refused) {
                String message = String.valueOf(refused.getMessage());
                if ("42501".equals(refused.getSQLState()) && message.contains("row-level security")) {
                    return new Outcome(Refusal.ROW_SECURITY, null);
                }
                if ("42501".equals(refused.getSQLState()) && message.contains("permission denied")) {
                    return new Outcome(Refusal.NO_PRIVILEGE, null);
                }
                return new Outcome(Refusal.OTHER, refused.getSQLState());
            } finally {
                connection.rollback();
            }
        }
    }

    private static int count(String role, String table) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(role); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getInt(1);
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
