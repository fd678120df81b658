package com.customerhealth.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;

/**
 * {@code <chm:access roles="admin"/>}: which roles a page is open to, declared in the page itself, inside
 * its {@code <f:metadata>}, so the declaration travels with the page whatever address reached it.
 * {@code roles} is a comma-separated list, or {@code public} for a page anyone may open (the sign-in page).
 * {@link PageAccess} enforces it; a page without one is open to nobody.
 *
 * <pre>
 * &lt;f:metadata&gt;
 *     &lt;chm:access roles="admin"/&gt;
 * &lt;/f:metadata&gt;
 * </pre>
 */
public class PageAccessTag extends TagHandler {

    private final TagAttribute roles;

    public PageAccessTag(TagConfig config) {
        super(config);
        this.roles = getRequiredAttribute("roles");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        UIComponent view = parent;
        while (view != null && !(view instanceof UIViewRoot)) {
            view = view.getParent();
        }
        if (view == null) {
            view = context.getFacesContext().getViewRoot();
        }
        view.getAttributes().put(PageAccess.ROLES, roles.getValue(context));
    }
}
