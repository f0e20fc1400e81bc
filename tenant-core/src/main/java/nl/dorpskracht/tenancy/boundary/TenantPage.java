package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * The page gate, as {@code @TenantRoles} is the REST one: a page bean (a {@link TenantView}) so marked works in the
 * tenant it was opened with, entered through {@link TenantGate} before every one of its methods, so no action, getter
 * or listener of the page runs outside that tenant or for a caller who lost the role meanwhile.
 */
@InterceptorBinding
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantPage {

    /** The roles that may work in the tenant through this page; a regional ambassador enters their regions only. */
    @Nonbinding
    Role[] value();

    /** Which tenant the page's own tenant stands for; by default the one it names, as it is. */
    @Nonbinding
    Class<? extends TenantRule> rule() default TenantRule.AsNamed.class;
}
