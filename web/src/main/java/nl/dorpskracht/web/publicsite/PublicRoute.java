package nl.dorpskracht.web.publicsite;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.dorpskracht.console.control.ReservedTenantCodes;

/**
 * Which public page a path asks for: {@code /{tenant}}, {@code /{tenant}/nieuws}, {@code /{tenant}/nieuws/{id}} … A
 * path whose first segment could not be a tenant code (a file name with a dot, a reserved application path such as
 * {@code admin} or {@code api}, a top-level folder the deployment serves) is none of them: the application's own pages
 * and resources keep it. A path under a possible tenant that is no public page is {@link Page#NOT_FOUND}, answered with
 * the public site's own 404.
 */
public record PublicRoute(String tenant, Page page, UUID id) {

    public enum Page {
        HOME, NEWS, NEWS_ITEM, NEWS_IMAGE, NEWS_ATOM, NEWS_RSS, AGENDA, AGENDA_ATOM, DOCUMENTS, DOCUMENT_FILE,
        NEWSLETTERS, NEWSLETTER, INITIATIVES, INITIATIVE, NOT_FOUND
    }

    private static final Pattern UUID_FORM = Pattern
            .compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** The public page of a path inside the application (after the context path), if it is one. */
    public static Optional<PublicRoute> of(String path) {
        return of(path, Set.of());
    }

    /**
     * The same, where {@code served} are the top-level names the deployment serves itself (its folders and pages, a
     * library's static resources): a tenant code can never take one of them, reserved or not.
     */
    public static Optional<PublicRoute> of(String path, Set<String> served) {
        if (path == null || !path.startsWith("/") || path.length() > 200) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        String tenant = segments[0];
        if (!ReservedTenantCodes.wellFormed(tenant) || ReservedTenantCodes.reserved(tenant)
                || served.contains(tenant)) {
            return Optional.empty();
        }
        int length = segments.length;
        if (length > 1 && segments[length - 1].isEmpty()) {
            length--; // a trailing slash: /vkkl/ is /vkkl
        }
        return Optional.of(route(tenant, segments, length));
    }

    private static PublicRoute route(String tenant, String[] segments, int length) {
        if (length == 1) {
            return new PublicRoute(tenant, Page.HOME, null);
        }
        String section = segments[1];
        if (length == 2) {
            Page page = switch (section) {
            case "nieuws" -> Page.NEWS;
            case "nieuws.atom" -> Page.NEWS_ATOM;
            case "nieuws.rss" -> Page.NEWS_RSS;
            case "agenda" -> Page.AGENDA;
            case "agenda.atom" -> Page.AGENDA_ATOM;
            case "documenten" -> Page.DOCUMENTS;
            case "nieuwsbrieven" -> Page.NEWSLETTERS;
            case "projecten" -> Page.INITIATIVES;
            default -> Page.NOT_FOUND;
            };
            return new PublicRoute(tenant, page, null);
        }
        Optional<UUID> id = id(segments[2]);
        if (id.isEmpty()) {
            return notFound(tenant);
        }
        if (length == 3) {
            Page page = switch (section) {
            case "nieuws" -> Page.NEWS_ITEM;
            case "documenten" -> Page.DOCUMENT_FILE;
            case "nieuwsbrieven" -> Page.NEWSLETTER;
            case "projecten" -> Page.INITIATIVE;
            default -> Page.NOT_FOUND;
            };
            return new PublicRoute(tenant, page, page == Page.NOT_FOUND ? null : id.get());
        }
        if (length == 4 && "nieuws".equals(section) && "afbeelding".equals(segments[3])) {
            return new PublicRoute(tenant, Page.NEWS_IMAGE, id.get());
        }
        return notFound(tenant);
    }

    private static PublicRoute notFound(String tenant) {
        return new PublicRoute(tenant, Page.NOT_FOUND, null);
    }

    /** Only the canonical lower-case form: one page, one address (and one cache entry). */
    private static Optional<UUID> id(String segment) {
        return UUID_FORM.matcher(segment).matches() ? Optional.of(UUID.fromString(segment)) : Optional.empty();
    }
}
