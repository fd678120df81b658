package com.customerhealth.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The texts in the language of whoever this request is for: a page's in the language Faces chose for its
 * view (the browser's first language the plugin speaks, see {@code faces-config.xml}), any other request's
 * by its {@code Accept-Language} in the same way, English without one.
 */
@RequestScoped
public class ReaderTexts {

    @Inject
    HttpServletRequest request;

    private Texts texts;

    public Texts texts() {
        if (texts == null) {
            texts = Texts.in(language());
        }
        return texts;
    }

    private Locale language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        // Without Accept-Language the servlet container answers the server's own locale: English instead.
        return request.getHeader("Accept-Language") == null ? Texts.LANGUAGES.get(0)
                : firstSpoken(Collections.list(request.getLocales()));
    }

    /** The first of the reader's languages, best first, that the plugin speaks; English when none is. */
    static Locale firstSpoken(Iterable<Locale> preferred) {
        for (Locale locale : preferred) {
            if (Texts.speaks(locale)) {
                return Texts.supported(locale);
            }
        }
        return Texts.LANGUAGES.get(0);
    }
}
