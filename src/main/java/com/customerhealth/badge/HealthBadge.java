package com.customerhealth.badge;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.event.ListenerFor;
import jakarta.faces.event.PostAddToViewEvent;

/**
 * The component behind the {@code chm:healthBadge} and {@code chm:companyBadge} tags: a coloured circle
 * with a symbol and an accessible name, and a card with the score's explanation that hover and keyboard
 * focus open. Exactly one of the attributes {@code customer} and {@code company} names whose health it
 * shows.
 *
 * <pre>
 * &lt;html xmlns:chm="https://customerhealth.com/faces"&gt;
 * ...
 * &lt;ui:repeat value="#{tickets.page}" var="ticket"&gt;
 *     #{ticket.requesterName} &lt;chm:healthBadge customer="#{ticket.requesterId}"/&gt;
 * &lt;/ui:repeat&gt;
 * &lt;chm:companyBadge company="#{ticket.companyId}"/&gt;
 * </pre>
 *
 * <p>However many badges a page holds, and inside whatever iteration, their scores are read together
 * before the page renders (see {@link BadgePrefetch}). The badge follows score changes while the page is
 * open through the badge script, which the component adds to the page's head.
 */
@FacesComponent(HealthBadge.COMPONENT_TYPE)
@ListenerFor(systemEventClass = PostAddToViewEvent.class)
public class HealthBadge extends UINamingContainer {

    public static final String COMPONENT_TYPE = "com.customerhealth.badge.HealthBadge";

    @Override
    public void processEvent(ComponentSystemEvent event) throws AbortProcessingException {
        if (event instanceof PostAddToViewEvent) {
            BadgePrefetch.requestFor(getFacesContext());
        }
        super.processEvent(event);
    }

    /** {@code customer} or {@code company}: whose health this badge shows. */
    public String getKind() {
        return customerId() != null ? "customer" : "company";
    }

    /** The id of the customer or company, as the helpdesk knows it. */
    public String getSubjectId() {
        String customer = customerId();
        return customer != null ? customer : companyId();
    }

    /** What the badge shows, read with every other badge of the page. */
    public BadgeCard getCard() {
        String customer = customerId();
        String company = companyId();
        if ((customer == null) == (company == null)) {
            throw new IllegalStateException("A health badge names exactly one customer or one company; "
                    + getClientId() + " names " + (customer == null ? "neither" : "both"));
        }
        BadgeScores scores = CDI.current().select(BadgeScores.class).get();
        return customer != null ? scores.customer(customer) : scores.company(company);
    }

    String customerId() {
        return text(getAttributes().get("customer"));
    }

    String companyId() {
        return text(getAttributes().get("company"));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
