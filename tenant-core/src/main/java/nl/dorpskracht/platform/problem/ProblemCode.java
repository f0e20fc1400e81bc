package nl.dorpskracht.platform.problem;

/** Stable machine-readable error codes of the API, each with its HTTP status and a Dutch title for people. */
public enum ProblemCode {
    INVALID_JSON(400, "De invoer is geen geldige JSON."),
    INVALID_PARAMETER(400, "Een of meer parameters zijn ongeldig."), NOT_AUTHENTICATED(401, "Log eerst in."),
    FORBIDDEN(403, "U hebt geen toegang tot deze gegevens."),
    TENANT_NOT_FOUND(404, "Deze vereniging bestaat niet of u hebt er geen toegang toe."),
    NOT_FOUND(404, "Niet gevonden."),
    MEMBER_NOT_FOUND(404, "Deze lidorganisatie bestaat niet of hoort niet bij uw vereniging."),
    METHOD_NOT_ALLOWED(405, "Deze bewerking is hier niet toegestaan."),
    NOT_ACCEPTABLE(406, "Dit antwoordformaat wordt niet ondersteund."),
    VERSION_CONFLICT(409, "Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw."),
    MEMBER_DUPLICATE(409, "Er bestaat al een lidorganisatie met deze naam in deze gemeente."),
    PAYLOAD_TOO_LARGE(413, "Het verzoek is te groot."),
    UNSUPPORTED_MEDIA_TYPE(415, "Dit invoerformaat wordt niet ondersteund."),
    VALIDATION_FAILED(422, "Niet alle velden zijn juist ingevuld."),
    TOO_MANY_LOGIN_ATTEMPTS(429, "Te veel mislukte inlogpogingen. Probeer het over enkele minuten opnieuw."),
    INTERNAL_ERROR(500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
