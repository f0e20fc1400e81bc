package nl.dorpskracht.web.portal;

/** {@code {"scope":"local"|"national"}}. */
public record PreferencesRequest(String scope) {
}
