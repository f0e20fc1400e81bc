package nl.dorpskracht.platform.problem;

import java.util.Locale;

/** Stable machine-readable error codes of the API, each with its HTTP status and a title for people. */
public enum ProblemCode {
    INVALID_JSON(400), INVALID_PARAMETER(400), NOT_AUTHENTICATED(401), FORBIDDEN(403), TENANT_NOT_FOUND(404),
    NOT_FOUND(404), MEMBER_NOT_FOUND(404), METHOD_NOT_ALLOWED(405), NOT_ACCEPTABLE(406), VERSION_CONFLICT(409),
    MEMBER_DUPLICATE(409), PAYLOAD_TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), VALIDATION_FAILED(422),
    TOO_MANY_LOGIN_ATTEMPTS(429), INTERNAL_ERROR(500), REGION_NOT_FOUND(404), REGION_DUPLICATE(409), REGION_IN_USE(409),
    CONTACT_NOT_FOUND(404), IMPORT_EMPTY(422), EVENT_NOT_FOUND(404),
    // contributions
    PLAN_NOT_FOUND(404), RUN_NOT_FOUND(404), INVOICE_NOT_FOUND(404), MANDATE_NOT_FOUND(404), PLAN_DUPLICATE(409),
    PLAN_IN_USE(409), PLAN_INACTIVE(409), RUN_IN_PROGRESS(409), INVOICE_NOT_OPEN(409), INVOICE_HAS_PAYMENTS(409),
    MANDATE_REFERENCE_TAKEN(409), CREDITOR_MISSING(409), NOTHING_TO_COLLECT(409), REGISTRATION_NOT_FOUND(404),
    ALREADY_REGISTERED(409), REGISTRATION_CLOSED(409), SHARING_CONSENT_REQUIRED(422),
    CONTACT_WITHOUT_SHARING_CONSENT(422),
    // the Dorpskrachtprijs
    PRIZE_NOT_FOUND(404), PRIZE_EXISTS(409), PRIZE_PHASE(409), NOT_AN_ALV(409), NOMINATION_NOT_FOUND(404),
    ALREADY_NOMINATED(409), ALREADY_VOTED(409), PRIZE_RESULTS_HIDDEN(403);

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** In Dutch, the language of the API. */
    public String title() {
        return title(FieldError.DUTCH);
    }

    public String title(Locale locale) {
        return new FieldError(null, null, "problem." + name()).message(locale);
    }
}
