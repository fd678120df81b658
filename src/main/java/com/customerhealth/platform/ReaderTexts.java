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
 * by its {@code Accept-Language} in the same way.
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
        return firstSpoken(Collections.list(request.getLocales()));
    }

    /** The first of the reader's languages, best first, that the plugin speaks; English when none is. */
    static Locale firstSpoken(Iterable<Locale> preferred) {
        for (Locale locale : preferred) {
            for (Locale language : Texts.LANGUAGES) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return Texts.LANGUAGES.get(0);
    }
}
