package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.PasswordHasher;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.entity.StoredAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Demo users and member organisations, seeded idempotently when {@code DORPSKRACHT_DEMO=true}. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@lvkk.demo", "Beheerder LVKK", new Grant("lvkk", Role.TENANT_ADMIN)),
            new DemoUser("admin@vkkl.demo", "Beheerder VKKL", new Grant("vkkl", Role.TENANT_ADMIN)),
            new DemoUser("admin@zhvkk.demo", "Beheerder ZHVKK", new Grant("zhvkk", Role.TENANT_ADMIN)),
            new DemoUser("admin@ovkk.demo", "Beheerder OVKK", new Grant("ovkk", Role.TENANT_ADMIN)),
            new DemoUser("national@lvkk.demo", "Landelijk bureau LVKK", new Grant("lvkk", Role.NATIONAL_OFFICE)),
            new DemoUser("member@vkkl.demo", "Contactpersoon Limburg", new Grant("vkkl", Role.MEMBER_CONTACT)),
            new DemoUser("member@zhvkk.demo", "Contactpersoon Zuid-Holland", new Grant("zhvkk", Role.MEMBER_CONTACT)));

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "dorpskracht.demo.password", defaultValue = "demo")
    String password;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoMembers members;

    void seed(@Observes DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        for (DemoUser user : USERS) {
            if (accounts.findByEmail(user.email()).isEmpty()) {
                UUID id = accounts.ensureAccount(user.email(), user.displayName(), hasher.hash(password));
                accounts.grant(id, user.grant());
            }
        }
        Map<String, List<DemoMembers.DemoMember>> byTenant = readMembers();
        byTenant.forEach(members::addMissing);
        for (DemoUser user : USERS) {
            if (user.grant().role() == Role.MEMBER_CONTACT) {
                UUID id = accounts.findByEmail(user.email()).orElseThrow().id();
                members.linkContactLogin(user.grant().tenant(), user.email(), user.displayName(), id);
            }
        }
        for (DemoAmbassador ambassador : AMBASSADORS) {
            UUID id = accounts.findByEmail(ambassador.email()).map(StoredAccount::id).orElseGet(
                    () -> accounts.ensureAccount(ambassador.email(), ambassador.displayName(), hasher.hash(password)));
            accounts.grant(id, new Grant(ambassador.tenant(), Role.REGIONAL_AMBASSADOR));
            members.appointAmbassador(ambassador.tenant(), ambassador.region(), id, ambassador.displayName(),
                    ambassador.email());
        }
        LOG.info(() -> "Demo data present: " + USERS.size() + " users, " + byTenant.size() + " tenants with members");
    }

    private static Map<String, List<DemoMembers.DemoMember>> readMembers() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/members.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader
                    .lines().skip(1).filter(line -> !line.isBlank()).map(
                            line -> line.split(";", -1))
                    .collect(Collectors.groupingBy(cells -> cells[0],
                            Collectors.mapping(cells -> new DemoMembers.DemoMember(
                                    MemberInput.basic(cells[1], cells[2], cells[3], cells[4], cells[5]),
                                    "vkkl".equals(cells[0])), Collectors.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record DemoUser(String email, String displayName, Grant grant) {
    }

    private record DemoAmbassador(String email, String displayName, String tenant, String region) {
    }

    private static final List<DemoAmbassador> AMBASSADORS = List.of(
            new DemoAmbassador("ambassadeur@vkkl.demo", "Ambassadeur Noord-Limburg", "vkkl", "Noord-Limburg"),
            new DemoAmbassador("ambassadeur@zhvkk.demo", "Ambassadeur Hoeksche Waard", "zhvkk", "Hoeksche Waard"));
}
