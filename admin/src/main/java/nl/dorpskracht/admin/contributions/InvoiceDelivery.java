package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.dorpskracht.contributions.boundary.InvoiceDeliveryService;
import nl.dorpskracht.contributions.entity.MunicipalityPayer;
import nl.dorpskracht.contributions.entity.MunicipalityPayerInput;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * The contributions page's sections on how invoices reach people: the payment reminder schedule (days typed as "14,
 * 30") and its tone, and the addresses of municipalities that pay for their villages.
 */
@Named("invoiceDelivery")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class InvoiceDelivery implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceDeliveryService delivery;

    @Inject
    TenantGate gate;

    @Inject
    ContributionsPage page;

    private String days;
    private String tone = ReminderSchedule.Tone.VRIENDELIJK.name();
    private long scheduleVersion;
    private List<PayerRow> payers = List.of();
    private final PayerRow edited = new PayerRow();

    /** A municipality's address as listed and as typed. */
    public static class PayerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String municipality;
        private String name;
        private String email;
        private String street;
        private String postalCode;
        private String place;

        static PayerRow of(MunicipalityPayer payer) {
            PayerRow row = new PayerRow();
            row.municipality = payer.municipality();
            row.name = payer.name();
            row.email = payer.email();
            row.street = payer.street();
            row.postalCode = payer.postalCode();
            row.place = payer.place();
            return row;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }
    }

    @PostConstruct
    void init() {
        if (page.getTenant() != null) {
            gate.enter(this);
            load(delivery.schedule());
            payers = delivery.municipalityPayers().stream().map(PayerRow::of).toList();
        }
    }

    public void saveSchedule() {
        try {
            load(delivery.saveSchedule(parseDays(days), tone, scheduleVersion));
            FacesSupport.info("contributions.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "reminderForm");
        }
    }

    public void editPayer(String municipality) {
        payers.stream().filter(row -> row.municipality.equals(municipality)).findFirst().ifPresent(row -> {
            edited.municipality = row.municipality;
            edited.name = row.name;
            edited.email = row.email;
            edited.street = row.street;
            edited.postalCode = row.postalCode;
            edited.place = row.place;
        });
    }

    public void savePayer() {
        try {
            if (edited.municipality == null || edited.municipality.isBlank()) {
                throw ProblemException.invalid(List.of(FieldError.field("municipality", "required.municipality")));
            }
            delivery.saveMunicipalityPayer(edited.municipality, new MunicipalityPayerInput(edited.name, edited.email,
                    edited.street, edited.postalCode, edited.place), null);
            payers = delivery.municipalityPayers().stream().map(PayerRow::of).toList();
            FacesSupport.info("contributions.saved");
            edited.municipality = null;
            edited.name = null;
            edited.email = null;
            edited.street = null;
            edited.postalCode = null;
            edited.place = null;
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "payerForm");
        }
    }

    private void load(ReminderSchedule schedule) {
        days = schedule.days().stream().map(String::valueOf).collect(Collectors.joining(", "));
        tone = schedule.tone().name();
        scheduleVersion = schedule.version();
    }

    /** "14, 30" or "14 30"; anything not a number is refused with the schedule's own message. */
    private static List<Integer> parseDays(String typed) {
        List<Integer> parsed = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return parsed;
        }
        if (typed.length() > 40) {
            throw invalidDays();
        }
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                parsed.add(Integer.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw invalidDays();
            }
        }
        return parsed;
    }

    private static ProblemException invalidDays() {
        return ProblemException.invalid(List.of(FieldError.field("days", "invalid.reminderDays",
                ReminderSchedule.MAX_STEPS, ReminderSchedule.MAX_DAYS)));
    }

    public ReminderSchedule.Tone[] getTones() {
        return ReminderSchedule.Tone.values();
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getTone() {
        return tone;
    }

    public void setTone(String tone) {
        this.tone = tone;
    }

    public List<PayerRow> getPayers() {
        return payers;
    }

    public PayerRow getEdited() {
        return edited;
    }

    @Override
    public String viewedTenant() {
        return page.getTenant();
    }
}
