package nl.dorpskracht.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.security.tokens.ApiTokens;
import nl.dorpskracht.security.tokens.TokenView;
import nl.dorpskracht.web.faces.DutchDates;

/** The caller's personal API tokens: make one for a role they hold (its value shown this once), list, revoke. */
@Named("tokensPage")
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    ApiTokens tokens;

    private String grant;
    private String name;
    private String expiresOn;
    private String createdValue;

    public List<Grant> getGrants() {
        return caller.grants();
    }

    public List<TokenView> getTokens() {
        return tokens.own();
    }

    public void create() {
        createdValue = null;
        Optional<Grant> chosen = caller.grants().stream().filter(held -> held.asGroup().equals(grant)).findFirst();
        try {
            if (chosen.isEmpty()) {
                throw ProblemException.invalid(List.of(FieldError.field("role", "token.role")));
            }
            createdValue = tokens.create(chosen.get().tenant(), chosen.get().role().name(), name, date()).value();
            name = null;
            expiresOn = null;
        } catch (ProblemException e) {
            error(e);
        }
    }

    public void revoke(String id) {
        try {
            tokens.revoke(UUID.fromString(id));
            createdValue = null;
        } catch (ProblemException | IllegalArgumentException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    nl.dorpskracht.platform.problem.ProblemCode.TOKEN_NOT_FOUND.title(locale()), null));
        }
    }

    public String when(Instant moment) {
        return moment == null ? "–" : DutchDates.moment(moment, locale());
    }

    private LocalDate date() {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldError.field("expiresOn", "token.expires")));
        }
    }

    private static void error(ProblemException e) {
        String text = e.errors().isEmpty() ? e.code().title(locale())
                : e.errors().stream().map(error -> error.message(locale())).reduce((a, b) -> a + " " + b).orElse("");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getGrant() {
        return grant;
    }

    public void setGrant(String grant) {
        this.grant = grant;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getCreatedValue() {
        return createdValue;
    }
}
