package com.customerhealth.badge;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.event.ListenerFor;
import jakarta.faces.event.PostAddToViewEvent;
import java.io.IOException;

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
 * before the page renders (see {@link BadgePrefetch}). The markup is written here rather than in the
 * composite's Facelets body, so a page of 50 badges costs no expression evaluation per detail; it is the
 * markup the badge script ({@code resources/chm/badge.js}) builds for pages that are not Faces, and the
 * script keeps both current while the page is open.
 */
@FacesComponent(HealthBadge.COMPONENT_TYPE)
@ListenerFor(systemEventClass = PostAddToViewEvent.class)
public class HealthBadge extends UINamingContainer {

    public static final String COMPONENT_TYPE = "com.customerhealth.badge.HealthBadge";

    private static final String SCORES = BadgeScores.class.getName();

    @Override
    public void processEvent(ComponentSystemEvent event) throws AbortProcessingException {
        if (event instanceof PostAddToViewEvent) {
            BadgePrefetch.requestFor(getFacesContext());
        }
        super.processEvent(event);
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        BadgeCard card = card(context);
        String id = getClientId(context);
        ResponseWriter out = context.getResponseWriter();
        out.startElement("span", this);
        out.writeAttribute("id", id, null);
        out.writeAttribute("class", "chm-health chm-" + card.band(), null);
        out.writeAttribute("data-chm-badge", card.kind() + ":" + card.id(), null);

        out.startElement("button", null);
        out.writeAttribute("type", "button", null);
        out.writeAttribute("class", "chm-dot", null);
        out.writeAttribute("aria-label", card.accessibleName(), null);
        out.writeAttribute("aria-describedby", id + "-card", null);
        out.startElement("span", null);
        out.writeAttribute("aria-hidden", "true", null);
        out.writeText(card.symbol(), null);
        out.endElement("span");
        out.endElement("button");

        out.startElement("span", null);
        out.writeAttribute("class", "chm-card", null);
        out.writeAttribute("role", "tooltip", null);
        out.writeAttribute("id", id + "-card", null);
        out.startElement("span", null);
        out.writeAttribute("class", "chm-card-head", null);
        text(out, "chm-card-band", card.bandLabel());
        text(out, "chm-card-score", card.scoreText());
        out.endElement("span");
        if (card.composition() != null) {
            text(out, "chm-card-composition", card.composition());
        }
        if (!card.parameters().isEmpty()) {
            out.startElement("span", null);
            out.writeAttribute("class", "chm-params", null);
            for (BadgeCard.Line line : card.parameters()) {
                out.startElement("span", null);
                out.writeAttribute("class", "chm-param chm-param-" + line.band(), null);
                text(out, "chm-param-title", line.title());
                text(out, "chm-param-value", line.value());
                text(out, "chm-param-band", line.bandLabel());
                text(out, "chm-param-thresholds", line.thresholds());
                out.endElement("span");
            }
            out.endElement("span");
        }
        if (card.trend() != null) {
            text(out, "chm-trend chm-trend-" + (card.delta7() < 0 ? "down" : card.delta7() > 0 ? "up" : "flat"), card.trend());
        }
        text(out, "chm-why", card.why());
        if (card.page() != null) {
            out.startElement("a", null);
            out.writeAttribute("class", "chm-card-link", null);
            out.writeURIAttribute("href", context.getExternalContext().getRequestContextPath() + "/" + card.page(), null);
            out.writeText(card.pageLabel(), null);
            out.endElement("a");
        }
        out.endElement("span");
        out.endElement("span");
    }

    private static void text(ResponseWriter out, String cssClass, String text) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", cssClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    /** What the badge shows, read with every other badge of the page. */
    private BadgeCard card(FacesContext context) {
        String customer = customerId();
        String company = companyId();
        if ((customer == null) == (company == null)) {
            throw new IllegalStateException("A health badge names exactly one customer or one company; "
                    + getClientId(context) + " names " + (customer == null ? "neither" : "both"));
        }
        BadgeScores scores = scores(context);
        return customer != null ? scores.customer(customer) : scores.company(company);
    }

    /** The request's badge scores, looked up once per request rather than once per badge. */
    static BadgeScores scores(FacesContext context) {
        return (BadgeScores) context.getAttributes().computeIfAbsent(SCORES,
                key -> CDI.current().select(BadgeScores.class).get());
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
