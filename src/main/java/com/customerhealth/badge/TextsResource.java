package com.customerhealth.badge;

import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.platform.Texts;
import com.customerhealth.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The plugin's texts in the caller's language, by {@code Accept-Language}: what the badge script words
 * its cards with on pages that are not Faces, and what fills a score's {@code lastChange.cause}.
 */
@Path("v1/texts")
@RequestScoped
@RolesAllowed(Roles.AGENT)
public class TextsResource {

    /** An hour: texts change only with the plugin, and a page asks once per load. */
    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    ReaderTexts reader;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response texts() {
        Texts texts = reader.texts();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(MAX_AGE_SECONDS);
        Map<String, String> all = texts.all();
        return Response.ok(all).language(texts.locale()).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
