package com.customerhealth.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Enforces each page's {@code <chm:access roles="..."/>} ({@link PageAccessTag}) in code, so no spelling
 * of a page's address that the URL patterns of {@code web.xml} miss shows it to the wrong caller. It checks
 * once the view is restored, before anything posted is applied, and again before the view renders, once
 * a page without metadata has been built: a page that declares nothing is refused then. Someone not
 * signed in is sent to the sign-in page; someone signed in without the role gets 403.
 *
 * <p>Registered in {@code faces-config.xml} as a phase listener and as the first listener of
 * {@code PreRenderViewEvent}, before anything reads data for the page.
 */
public class PageAccess implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageAccess.class.getName());

    /** The view attribute holding the declared roles. */
    static final String ROLES = PageAccess.class.getName() + ".roles";

    /** The declaration of a page open to everyone. */
    public static final String PUBLIC = "public";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        // A page asked for the first time is built only as far as its metadata, if it has any: enough to
        // know its roles, before its view parameters and actions run. Without metadata it is checked once
        // built, before it renders.
        if (view != null && (faces.isPostback() || ViewMetadata.hasMetadata(view))) {
            enforce(faces, view);
        }
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getResponseComplete()) {
            enforce(faces, (UIViewRoot) event.getSource());
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    private static void enforce(FacesContext faces, UIViewRoot view) {
        ExternalContext external = faces.getExternalContext();
        Object declared = view.getAttributes().get(ROLES);
        try {
            if (declared == null) {
                LOG.warning(() -> "The page " + view.getViewId() + " declares no roles (<chm:access roles=\"...\"/>),"
                        + " so it is open to nobody");
                external.responseSendError(403, "This page is open to nobody");
                faces.responseComplete();
            } else if (!PUBLIC.equals(declared) && Arrays.stream(declared.toString().split(","))
                    .map(String::trim).noneMatch(external::isUserInRole)) {
                if (external.getUserPrincipal() == null) {
                    String asked = external.getRequestContextPath() + view.getViewId();
                    external.redirect(external.getRequestContextPath() + SignIn.PAGE + "?next="
                            + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                } else {
                    external.responseSendError(403, "This page needs the role " + declared);
                }
                faces.responseComplete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing is known of the page before its view is restored.
    }
}
