package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Bank statements over HTTP: the creditor's account, an import, amounts as CAMT writes them. */
public final class Statements {

    private Statements() {
    }

    public static String base(String tenant) {
        return Contributions.base(tenant) + "/statements";
    }

    /** The tenant's collecting account, set to {@code iban} when it has none yet. */
    public static String ownIban(String tenant, String iban) {
        Api admin = Api.as(Contributions.admin(tenant));
        Api.Reply creditor = admin.get(Contributions.base(tenant) + "/creditor");
        if (creditor.status() == 200) {
            return creditor.json().getString("iban").replace(" ", "");
        }
        Api.Reply saved = admin.putJson(Contributions.base(tenant) + "/creditor", "{\"name\":\"Afschrift Test\","
                + "\"iban\":\"" + iban + "\",\"creditorId\":\"NL20ZZZ999999999990000\"}");
        assertEquals(200, saved.status(), saved.body());
        return iban;
    }

    public static Api.Reply upload(String user, String tenant, String xml) {
        return Api.as(user).sendBytes("POST", base(tenant), "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject imported(String tenant, String xml) {
        Api.Reply reply = upload(Contributions.admin(tenant), tenant, xml);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    public static String amount(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
