package nl.dorpskracht.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Dorpskracht API", version = "1", description = "Tenant-scoped paths start with /api/v1/{tenant}. Errors are application/problem+json with a"
        + " stable code. HTTP Basic with the same accounts as the web login. The pages' session cookie reads but never"
        + " writes: a POST, PUT, PATCH or DELETE with it, or one a browser marks as sent by another site, is 403"
        + " CSRF_REFUSED. Failed logins: after five for an account from one address, 429 TOO_MANY_LOGIN_ATTEMPTS with"
        + " Retry-After, growing 2, 4, 8 … seconds."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
