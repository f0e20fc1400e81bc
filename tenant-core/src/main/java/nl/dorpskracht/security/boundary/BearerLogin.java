package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.refuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.security.control.RememberedAccounts;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.tokens.BearerGrant;
import nl.dorpskracht.security.tokens.TokenStore;

/** Personal API tokens ({@code Authorization: Bearer}): a request acts with the token's one grant while it lasts. */
@ApplicationScoped
public class BearerLogin {

    @Inject
    TokenStore tokens;

    @Inject
    RememberedAccounts accounts;

    /**
     * A personal API token: the request acts as its account with the token's one grant, and only while the account
     * still holds that grant. A refused token looks the same whatever the reason.
     */
    public AuthenticationStatus login(String value, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<BearerGrant> token = tokens.working(value);
        Optional<AccountWithGrants> account = token.flatMap(found -> accounts.withGrants(found.email()));
        if (token.isEmpty() || account.isEmpty() || !account.get().account().enabled()
                || !account.get().grants().contains(token.get().grant())) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Dorpskracht\"");
            return refuse(response, ProblemCode.TOKEN_REFUSED);
        }
        request.setAttribute(BearerGrant.ATTRIBUTE, token.get());
        return context.notifyContainerAboutLogin(token.get().email(), Set.of(token.get().grant().asGroup()));
    }
}
