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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The plugin's texts in the caller's language, by {@code Accept-Language}: what the badge script words
 * its cards with on pages that are not Faces, and what fills a score's {@code lastChange.cause}.
 */
@Path("v1/texts")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TextsResource {

    @Inject
    ReaderTexts reader;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response texts() {
        // Not cached, as no answer of the API is: texts an upgrade adds reach an open page on its next load.
        Texts texts = reader.texts();
        return Response.ok(texts.all()).language(texts.locale())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
