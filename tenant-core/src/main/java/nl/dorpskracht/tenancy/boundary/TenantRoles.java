package nl.dorpskracht.tenancy.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * The roles that may call a resource method under {@code /api/v1/{tenant}}. A tenant path without this annotation is
 * refused: access is granted explicitly, never by omission.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantRoles {
    Role[] value();
}
