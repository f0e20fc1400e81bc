package nl.dorpskracht.events.control;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.dorpskracht.platform.problem.InputFields;

/** With whom the host shares an event: everyone, or chosen tenants (never itself). */
public record Sharing(boolean withAll, List<String> tenants) {

    public static final Sharing NONE = new Sharing(false, List.of());

    public static Sharing of(Boolean withAll, List<String> tenants, String host, Predicate<String> exists) {
        InputFields fields = new InputFields();
        TreeSet<String> chosen = new TreeSet<>();
        for (String tenant : tenants == null ? List.<String> of() : tenants) {
            String code = tenant == null ? "" : tenant.strip().toLowerCase(Locale.ROOT);
            if (code.equals(host) || !exists.test(code)) {
                fields.fail("sharedWith", "invalid.shareTenant", code);
            } else {
                chosen.add(code);
            }
        }
        fields.throwIfInvalid();
        boolean all = Boolean.TRUE.equals(withAll);
        return new Sharing(all, all ? List.of() : List.copyOf(chosen));
    }
}
