package nl.dorpskracht.web.portal;

import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** A portal page: works in the member's province, and says a refusal in the member's language. */
public interface MemberView extends TenantView {

    @Override
    default void refusedAtGate(ProblemException problem) {
        PageMessages.problem(problem, null);
    }
}
