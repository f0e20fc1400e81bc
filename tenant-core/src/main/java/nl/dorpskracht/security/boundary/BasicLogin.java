package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.challenge;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.mayPassBeforeChange;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.refuse;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.retryAfterSeconds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.control.RememberedAccounts;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.control.VerifiedCredentials;
import nl.dorpskracht.security.entity.CredentialState;

/**
 * HTTP Basic on the API: each request by itself, no session; a verification is remembered with the account's
 * credentials version, so a new password or "overal afmelden" ends it. Refused for an account with a second factor.
 */
@ApplicationScoped
public class BasicLogin {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    IdentityStoreHandler identities;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    CredentialStates states;

    @Inject
    RememberedAccounts accounts;

    public AuthenticationStatus login(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response);
        }
        String email = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (ControlCharacters.in(email, false)) {
            // no account is named so; PostgreSQL refuses a NUL in any text it is asked to compare
            return challenge(response);
        }
        String address = clientAddresses.of(request);
        Optional<Duration> wait = throttle.waitBefore(email, address);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(wait.get())));
            return refuse(response, ProblemCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        Optional<VerifiedCredentials.Verified> known = verified.find(email, password).filter(pair -> states
                .of(pair.callerName()).map(CredentialState::version).equals(Optional.of(pair.credentialsVersion())));
        Optional<VerifiedCredentials.Verified> checked = known.isPresent() ? known
                : verified.verifyOnce(email, password, () -> {
                    // the version before the check: a change in between makes the pair stale, never the reverse
                    Optional<CredentialState> before = states.of(email);
                    CredentialValidationResult result = identities
                            .validate(new UsernamePasswordCredential(email, password));
                    return result.getStatus() == CredentialValidationResult.Status.VALID && before.isPresent()
                            ? Optional.of(VerifiedCredentials.Verified.now(result.getCallerPrincipal().getName(),
                                    result.getCallerGroups(), before.get().version()))
                            : Optional.empty();
                });
        if (checked.isEmpty()) {
            throttle.failed(email, address);
            return challenge(response);
        }
        if (known.isEmpty()) {
            throttle.succeeded(email, address);
        }
        Optional<CredentialState> now = states.of(checked.get().callerName());
        if (now.isEmpty()) {
            return challenge(response);
        }
        if (now.get().mustChangePassword() && !mayPassBeforeChange(request)) {
            return refuse(response, ProblemCode.PASSWORD_CHANGE_REQUIRED);
        }
        return admitBasic(checked.get(), response, context);
    }

    /** A right password over Basic: refused for an account with a second factor (it has tokens for integrations). */
    private AuthenticationStatus admitBasic(VerifiedCredentials.Verified caller, HttpServletResponse response,
            HttpMessageContext context) {
        // remembered, like the grants: a second factor confirmed on any instance is announced (V36) and forgotten
        RememberedAccounts.Remembered account = accounts.of(caller.callerName());
        if (account.account().isPresent() && account.secondFactor()) {
            return refuse(response, ProblemCode.SECOND_FACTOR_ACCOUNT_USE_TOKEN);
        }
        return context.notifyContainerAboutLogin(caller.callerName(), caller.groups());
    }
}
