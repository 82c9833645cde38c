package org.duban.plan;

import jakarta.enterprise.context.ApplicationScoped;
import org.duban.common.ResourceNotFoundException;
import org.duban.security.Caller;

/**
 * Who sees which plans: anonymous callers only PUBLIC ones and what hangs on them; every role sees INTERNAL ones too.
 * What a caller may not see answers 404, exactly like what does not exist, so that its existence does not leak.
 */
@ApplicationScoped
public class PlanVisibility {

    private final Caller caller;

    public PlanVisibility(Caller caller) {
        this.caller = caller;
    }

    /** True when lists must leave INTERNAL plans (and their tasks, indicators …) out. */
    public boolean publicOnly() {
        return !caller.canReadInternal();
    }

    public boolean canSee(Plan plan) {
        return plan.disclosure == Disclosure.PUBLIC || caller.canReadInternal();
    }

    /** 404 "no {resource} with id {id}" unless the caller may see the plan that the resource belongs to. */
    public void require(Plan plan, String resource, Object id) {
        if (!canSee(plan)) {
            throw new ResourceNotFoundException(resource, id);
        }
    }
}
