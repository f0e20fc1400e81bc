package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The two ways one province reached another's people through the shared {@code account} table, and what replaced them:
 * an invitation the person accepts. Before, an admin who named an address of another province got
 * {@code newAccount:false} (learning the address had an account), and that account got the grant, or a contact person's
 * login, at once. Now the answer is the same for every address, nothing changes at any account until the person accepts
 * with their own password, and the admin sees only the name they typed.
 */
public class InvitationIT {

    private final Api vkklAdmin = Api.as("admin@vkkl.demo");
    private final Api zhvkkAdmin = Api.as("admin@zhvkk.demo");

    @Test
    public void anAmbassadorshipOfferedToAnotherProvincesPersonChangesNothingUntilTheyAccept() {
        Person zuidHollander = zuidHollandContactPerson();
        String region = vkklRegion();
        List<String> grantsBefore = grantsOf(zuidHollander.email());

        Api.Reply known = vkklAdmin.postJson("/api/v1/vkkl/regions/" + region + "/ambassadors",
                "{\"email\":\"" + zuidHollander.email() + "\",\"name\":\"Getypte Naam\"}");
        Api.Reply unknown = vkklAdmin.postJson("/api/v1/vkkl/regions/" + region + "/ambassadors",
                "{\"email\":\"" + unique("niemand") + "\",\"name\":\"Iemand Anders\"}");
        assertSameAnswer(known, unknown);

        assertEquals(grantsBefore, grantsOf(zuidHollander.email()), "no grant before acceptance");
        assertEquals("0", Database.single(
                "select count(*) from ambassador_region a join account c" + " on c.id = a.account_id where c.email = ?",
                zuidHollander.email()));
        String list = vkklAdmin.get("/api/v1/vkkl/regions/ambassadors").body();
        assertTrue(list.contains("Getypte Naam"), list);
        assertFalse(list.contains(zuidHollander.accountName()), "never the account's own name: " + list);

        String token = Invitees.token(known, zuidHollander.email());
        Api.Reply guessed = Invitees.acceptToken(token, "het-wachtwoord-van-de-beheerder");
        assertEquals(403, guessed.status(), guessed.body());
        assertEquals("INVITATION_WRONG_PASSWORD", guessed.code());
        assertEquals(grantsBefore, grantsOf(zuidHollander.email()), "a wrong password changes nothing");

        Api.Reply accepted = Invitees.acceptToken(token, Invitees.PASSWORD);
        assertEquals(200, accepted.status(), accepted.body());
        assertTrue(grantsOf(zuidHollander.email()).contains("vkkl:REGIONAL_AMBASSADOR"), "the person chose it");
        assertTrue(vkklAdmin.get("/api/v1/vkkl/regions/ambassadors").body().contains("Getypte Naam"));
    }

    @Test
    public void aContactLoginOfferedToAnotherProvincesPersonLeavesTheirPortalWhereItIs() {
        Person zuidHollander = zuidHollandContactPerson();
        String vkklMember = Members.create("admin@vkkl.demo", "vkkl", "Dorpsraad Overname").getString("id");
        String contacts = "/api/v1/vkkl/members/" + vkklMember + "/contacts";
        String lookAlike = created(
                vkklAdmin.postJson(contacts, "{\"name\":\"Dubbelganger\",\"email\":\"" + zuidHollander.email() + "\"}"))
                        .getString("id");
        String fresh = created(
                vkklAdmin.postJson(contacts, "{\"name\":\"Nieuweling\",\"email\":\"" + unique("nieuw") + "\"}"))
                        .getString("id");
        List<String> grantsBefore = grantsOf(zuidHollander.email());

        Api.Reply known = vkklAdmin.postJson(contacts + "/" + lookAlike + "/login", "{}");
        Api.Reply unknown = vkklAdmin.postJson(contacts + "/" + fresh + "/login", "{}");
        assertSameAnswer(known, unknown);

        assertEquals(grantsBefore, grantsOf(zuidHollander.email()));
        assertEquals("null",
                Database.single("select account_id from contact_person where id = cast(? as uuid)", lookAlike),
                "the VKKL contact is not linked to the Zuid-Holland account");
        JsonObject me = Api.as(zuidHollander.email(), Invitees.PASSWORD).get("/api/v1/me").json();
        assertTrue(me.toString().contains("zhvkk") && !me.toString().contains("vkkl\""), me.toString());

        Api.Reply guessed = Invitees.acceptToken(Invitees.token(known, zuidHollander.email()), "raden-raden-raden");
        assertEquals(403, guessed.status(), guessed.body());
        assertEquals("null",
                Database.single("select account_id from contact_person where id = cast(? as uuid)", lookAlike));
        assertEquals(grantsBefore, grantsOf(zuidHollander.email()));
    }

    @Test
    public void aLinkWorksOnceAndNotWhenWithdrawnExpiredOrMadeUp() {
        String member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpsraad Eenmalig").getString("id");
        String contacts = "/api/v1/zhvkk/members/" + member + "/contacts";
        String email = unique("eenmalig");
        String contact = created(zhvkkAdmin.postJson(contacts, "{\"name\":\"Een Malig\",\"email\":\"" + email + "\"}"))
                .getString("id");

        Api.Reply first = zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}");
        String withdrawnToken = Invitees.token(first, email);
        assertEquals(200, zhvkkAdmin.delete(contacts + "/" + contact + "/login").status());
        assertInvalid(Invitees.acceptToken(withdrawnToken, Invitees.PASSWORD));

        Api.Reply second = zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}");
        String expiredToken = Invitees.token(second, email);
        Database.execute("update invitation set expires_at = now() - interval '1 minute' where id = cast(? as uuid)",
                second.json().getString("invitationId"));
        assertInvalid(Invitees.acceptToken(expiredToken, Invitees.PASSWORD));

        Api.Reply third = zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}");
        String token = Invitees.token(third, email);
        assertEquals("0", Database.single("select count(*) from invitation i where i.email = ? and (i::text like ?)",
                email, "%" + token + "%"), "the token is stored only as its hash");
        Api.Reply short_ = Invitees.acceptToken(token, "kort");
        assertEquals(422, short_.status(), short_.body());
        assertEquals(200, Invitees.acceptToken(token, Invitees.PASSWORD).status());
        assertInvalid(Invitees.acceptToken(token, Invitees.PASSWORD));
        assertEquals(200, Api.as(email, Invitees.PASSWORD).get("/api/v1/me").status());
        assertEquals(409, zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}").status(),
                "a contact person with a login is not invited again");

        assertInvalid(Invitees.acceptToken("verzonnen", Invitees.PASSWORD));
        assertInvalid(Invitees.acceptToken("x".repeat(5000), Invitees.PASSWORD));
        Api.Reply empty = Api.anonymous().postJson("/api/v1/invitations/accept", "{}");
        assertInvalid(empty);
    }

    @Test
    public void theMailedLinkIsGoneFromTheOutboxOnceSent() {
        String member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpsraad Postvak").getString("id");
        String contacts = "/api/v1/zhvkk/members/" + member + "/contacts";
        String email = unique("postvak");
        String contact = created(zhvkkAdmin.postJson(contacts, "{\"name\":\"Post Vak\",\"email\":\"" + email + "\"}"))
                .getString("id");
        String token = Invitees.token(zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}"), email);
        String body = Database.single("select text_body from mail_outbox where recipient = ? and kind = 'INVITATION'"
                + " and status = 'SENT'", email);
        assertFalse(body == null || body.contains(token), "sent, and the link no longer in the outbox: " + body);
    }

    private static void assertSameAnswer(Api.Reply known, Api.Reply unknown) {
        assertEquals(202, known.status(), known.body());
        assertEquals(unknown.status(), known.status());
        JsonObject a = known.json();
        JsonObject b = unknown.json();
        assertEquals(b.keySet(), a.keySet(), "the same fields for an address with or without an account");
        assertEquals(b.getString("delivery"), a.getString("delivery"));
        assertFalse(a.containsKey("newAccount") || a.containsKey("accountId") || a.containsKey("displayName"));
        assertEquals(Set.of("invitationId", "expiresAt", "delivery"),
                Set.copyOf(a.keySet().stream().filter(key -> !a.isNull(key)).toList()));
    }

    private static void assertInvalid(Api.Reply reply) {
        assertEquals(410, reply.status(), reply.body());
        assertEquals("INVITATION_INVALID", reply.code());
    }

    private record Person(String email, String accountName) {
    }

    /** A Zuid-Holland contact person with an account of their own (accepted through an invitation in Zuid-Holland). */
    private Person zuidHollandContactPerson() {
        String member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpsraad Eigen").getString("id");
        String contacts = "/api/v1/zhvkk/members/" + member + "/contacts";
        String email = unique("zuid");
        String accountName = "Zuid Hollander " + UUID.randomUUID().toString().substring(0, 6);
        String contact = created(
                zhvkkAdmin.postJson(contacts, "{\"name\":\"" + accountName + "\",\"email\":\"" + email + "\"}"))
                        .getString("id");
        Invitees.accept(zhvkkAdmin.postJson(contacts + "/" + contact + "/login", "{}"), email);
        return new Person(email, accountName);
    }

    private String vkklRegion() {
        return created(vkklAdmin.postJson("/api/v1/vkkl/regions",
                "{\"name\":\"Regio " + UUID.randomUUID().toString().substring(0, 8) + "\"}")).getString("id");
    }

    private static List<String> grantsOf(String email) {
        return Database.rows("select g.tenant_id || ':' || g.role from account_grant g join account a"
                + " on a.id = g.account_id where a.email = ? order by 1", email);
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }
}
