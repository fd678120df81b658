package com.customerhealth.badge;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Before a view with health badges renders, walks it once, through every row of every iteration, to
 * collect the customers and companies its badges name, and reads their scores in one go. Registered in
 * faces-config.xml for {@code PreRenderViewEvent}; views without a badge are not walked.
 */
public class BadgePrefetch implements SystemEventListener {

    private static final String BADGES_IN_VIEW = BadgePrefetch.class.getName();

    /** Called by each badge as it joins the view, so that this view is walked before it renders. */
    static void requestFor(FacesContext context) {
        context.getAttributes().put(BADGES_IN_VIEW, Boolean.TRUE);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        if (!Boolean.TRUE.equals(context.getAttributes().get(BADGES_IN_VIEW))) {
            return;
        }
        Set<String> customers = new HashSet<>();
        Set<String> companies = new HashSet<>();
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (ignored, component) -> {
            if (component instanceof HealthBadge badge) {
                addIfNamed(customers, badge.customerId());
                addIfNamed(companies, badge.companyId());
                return VisitResult.REJECT;
            }
            return VisitResult.ACCEPT;
        });
        HealthBadge.scores(context).prefetch(customers, companies);
    }

    private static void addIfNamed(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
