package nl.dorpskracht.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Enters the page's own tenant through {@link TenantGate} before any method of a {@link TenantPage} runs. A refusal is
 * said on the page once and the method does not run: a getter gives nothing, an action does nothing.
 */
@TenantPage({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantPageInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REFUSAL_SAID = TenantPageInterceptor.class.getName() + ".refused";

    @Inject
    TenantGate gate;

    @AroundInvoke
    public Object enterViewedTenant(InvocationContext invocation) throws Exception {
        if (!(invocation.getTarget() instanceof TenantView page)) {
            throw new IllegalStateException(invocation.getTarget().getClass().getName() + " is no TenantView");
        }
        if (TenantView.class.equals(declaredBy(invocation))) {
            return invocation.proceed();
        }
        try {
            gate.enter(page);
        } catch (ProblemException problem) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                throw problem;
            }
            if (faces.getAttributes().putIfAbsent(REFUSAL_SAID, Boolean.TRUE) == null) {
                page.refusedAtGate(problem);
            }
            return nothing(invocation.getMethod().getReturnType());
        }
        return invocation.proceed();
    }

    /** The page's own answers to the gate pass as they are: asking them through the gate would ask again. */
    private static Class<?> declaredBy(InvocationContext invocation) {
        try {
            return TenantView.class
                    .getMethod(invocation.getMethod().getName(), invocation.getMethod().getParameterTypes())
                    .getDeclaringClass();
        } catch (NoSuchMethodException notOfTheView) {
            return invocation.getMethod().getDeclaringClass();
        }
    }

    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return false;
        } else if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? 0L : type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
        } else if (type == double.class || type == float.class) {
            return type == double.class ? 0d : 0f;
        } else if (type == char.class) {
            return '\0';
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == List.class || type == Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        }
        return null;
    }
}
