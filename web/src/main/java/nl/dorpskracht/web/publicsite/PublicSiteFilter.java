package nl.dorpskracht.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dorpskracht.platform.web.SecurityHeadersFilter;
import nl.dorpskracht.tenancy.boundary.PublicEntry;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * An association's public pages, {@code /{tenant}/…}, answered here without Faces: nobody logs in, nothing asks for a
 * session, so no session cookie is ever set, and a page costs a few reads and a string. Paths whose first segment
 * cannot be a tenant (reserved application paths, names with a dot) go on to the application untouched
 * ({@link PublicRoute}); the tenant comes from the path only ({@link PublicEntry}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PublicSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Stricter than the application's pages: no script at all, styles and images only from here (images also https).
     */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    @Inject
    PublicEntry entry;

    /**
     * The top-level names the deployment serves itself: its folders and pages (the modules' and libraries'
     * META-INF/resources) and the first segment of every servlet mapping (e.g. {@code /afmelden/*}).
     */
    private Set<String> served = Set.of();

    @Inject
    PublicSiteAnswers answers;

    @Override
    public void init() {
        Set<String> paths = getServletContext().getResourcePaths("/");
        Stream<String> resources = paths == null ? Stream.empty() : paths.stream();
        Stream<String> mappings = getServletContext().getServletRegistrations().values().stream()
                .flatMap(registration -> registration.getMappings().stream());
        served = Stream.concat(resources, mappings).filter(path -> path.startsWith("/") && path.length() > 1)
                .map(path -> path.substring(1).split("/", 2)[0]).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicRoute> route = PublicRoute
                .of(request.getRequestURI().substring(request.getContextPath().length()), served);
        if (route.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeadersFilter.applyCommon(response);
        response.setHeader("Content-Security-Policy", POLICY);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            // not sendError: the container's error page is a Faces page, and Faces would open a session
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        PublicTexts texts = PublicTexts.forRequest(request.getHeader("Accept-Language"), request.getLocales());
        Optional<Tenant> tenant = entry.enter(route.get().tenant());
        if (tenant.isEmpty()) {
            PublicSiteAnswers.notFound(new PageContext(request.getContextPath(), null, null, texts)).send(request,
                    response);
            return;
        }
        boolean feed = route.get().page().name().endsWith("_ATOM") || route.get().page().name().endsWith("_RSS");
        PageContext page = new PageContext(request.getContextPath(), tenant.get().code(), tenant.get().name(),
                feed ? PublicTexts.dutch() : texts);
        answers.answer(route.get(), page, PublicAddress.base(request)).send(request, response);
    }
}
