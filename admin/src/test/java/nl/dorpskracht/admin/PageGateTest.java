package nl.dorpskracht.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.control.TenantBound;
import org.junit.jupiter.api.Test;

/**
 * Every page bean of web and admin passes the page gate (it is {@code @TenantPage} and a {@link TenantView}) or is
 * named in {@link #UNGATED} with the reason it holds no tenant data; and no page so named reaches tenant data, that is
 * injects, directly or through the beans it injects, a {@code @TenantBound} façade. Reading the compiled classes means
 * a new page is checked without anyone remembering to.
 */
class PageGateTest {

    private static final List<String> PAGE_PACKAGES = List.of("nl/dorpskracht/admin", "nl/dorpskracht/web");

    private static final String PROJECT_PACKAGE = "nl.dorpskracht.";

    /** Pages outside the gate because they show no tenant's data; each says what it works on instead. */
    private static final Set<String> UNGATED = Set.of(
            // The login, its second step and the password pages: the caller's own account, before or beside a tenant.
            "nl.dorpskracht.web.session.LoginBean", "nl.dorpskracht.web.account.SecondStepBean",
            "nl.dorpskracht.web.session.ChangePasswordPage", "nl.dorpskracht.web.session.ForgotPasswordPage",
            "nl.dorpskracht.web.session.ResetPasswordPage",
            // The caller's own second factor and API tokens: account data, in no tenant.
            "nl.dorpskracht.web.account.SecondFactorPage", "nl.dorpskracht.web.account.TokensPage",
            // Accepting an invitation: the signed link names the tenant, the acceptance checks it, before any login.
            "nl.dorpskracht.web.invitations.InvitationPage",
            // The header's choice of association: the caller's grants, no tenant data.
            "nl.dorpskracht.web.session.TenantSwitcher",
            // The platform console works across tenants on purpose, for platform administrators only.
            "nl.dorpskracht.admin.platform.PlatformPage",
            // Holds only which tenant the contributions view is for; its three parts (plans, creditor, runs) are gated.
            "nl.dorpskracht.admin.contributions.ContributionsPage");

    @Test
    void everyPageBeanPassesThePageGateOrIsAllowedWithoutTenantData() {
        List<Class<?>> pages = pageBeans();
        assertTrue(pages.size() >= 40, "found only " + pages.size() + " page beans; is the class scan broken?");
        Set<String> ungated = new TreeSet<>();
        for (Class<?> page : pages) {
            boolean gated = page.isAnnotationPresent(TenantPage.class) && TenantView.class.isAssignableFrom(page);
            if (!gated && !UNGATED.contains(page.getName())) {
                ungated.add(page.getName());
            }
        }
        assertEquals(Set.of(), ungated,
                "page beans need @TenantPage and TenantView, or an entry in UNGATED saying why they hold no tenant data");
    }

    @Test
    void noPageOutsideTheGateReachesATenantBoundFacade() {
        Set<String> pageNames = new HashSet<>();
        pageBeans().forEach(page -> pageNames.add(page.getName()));
        Set<String> reaching = new TreeSet<>();
        for (String name : UNGATED) {
            assertTrue(pageNames.contains(name), name + " is no page bean any more: drop it from UNGATED");
            if (reachesTenantData(load(name))) {
                reaching.add(name);
            }
        }
        assertEquals(Set.of(), reaching, "these ungated pages inject a @TenantBound façade: gate them");
    }

    @Test
    void theScanFollowsInjectionToTheTenantBoundFacades() {
        assertTrue(reachesTenantData(load("nl.dorpskracht.admin.members.MembersPage")),
                "MembersPage injects MemberService, a @TenantBound façade");
        assertTrue(reachesTenantData(load("nl.dorpskracht.admin.campaigns.CampaignLetters")),
                "CampaignLetters reaches the campaign façades");
        assertTrue(!reachesTenantData(load("nl.dorpskracht.web.session.LanguageBean")),
                "LanguageBean holds no tenant data");
    }

    private static List<Class<?>> pageBeans() {
        List<Class<?>> pages = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = load(className);
            if (type.isAnnotationPresent(Named.class)
                    && (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(RequestScoped.class))) {
                pages.add(type);
            }
        }
        return pages;
    }

    /** True when the bean, or any project bean it injects however deep, is or has a {@code @TenantBound} part. */
    private static boolean reachesTenantData(Class<?> bean) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(bean));
        while (!next.isEmpty()) {
            Class<?> type = next.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            if (tenantBound(type)) {
                return true;
            }
            injectedTypes(type, type != bean).stream().filter(t -> t.getName().startsWith(PROJECT_PACKAGE))
                    .forEach(next::addLast);
        }
        return false;
    }

    private static boolean tenantBound(Class<?> type) {
        if (type.isAnnotationPresent(TenantBound.class)) {
            return true;
        }
        try {
            return Stream.of(type.getDeclaredMethods())
                    .anyMatch(method -> method.isAnnotationPresent(TenantBound.class));
        } catch (LinkageError persistenceOnly) {
            return false; // EclipseLink is provided, not on this classpath: such a class is persistence, no façade
        }
    }

    /**
     * Field and constructor injection points of the type and its superclasses, {@code Instance<X>} read as X. A bean
     * deeper down whose signatures name EclipseLink (provided, so absent here) is persistence, not a façade: skipped.
     */
    private static List<Class<?>> injectedTypes(Class<?> type, boolean mayBePersistence) {
        try {
            return injectedTypes(type);
        } catch (LinkageError e) {
            if (mayBePersistence) {
                return List.of();
            }
            throw e;
        }
    }

    private static List<Class<?>> injectedTypes(Class<?> type) {
        List<Class<?>> injected = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    injected.add(beanType(field.getType(), field.getGenericType()));
                }
            }
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (constructor.isAnnotationPresent(Inject.class)) {
                    Type[] generic = constructor.getGenericParameterTypes();
                    Class<?>[] raw = constructor.getParameterTypes();
                    for (int i = 0; i < raw.length && i < generic.length; i++) {
                        injected.add(beanType(raw[i], generic[i]));
                    }
                }
            }
        }
        return injected;
    }

    private static Class<?> beanType(Class<?> raw, Type generic) {
        if (raw == Instance.class && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            return argument;
        }
        return raw;
    }

    private static Set<String> classNames() {
        return CompiledClasses.namesUnder(PAGE_PACKAGES);
    }

    private static Class<?> load(String name) {
        return CompiledClasses.load(name);
    }
}
