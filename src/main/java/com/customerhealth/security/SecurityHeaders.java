package com.customerhealth.security;

import com.customerhealth.platform.ErrorAnswers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers that tell a browser what it may do with the plugin's answers, on every answer including
 * errors: no guessing of content types, no referrer beyond the plugin's own origin, and a content
 * security policy. Pages may run scripts and load styles from the plugin's origin only, never inline, and
 * be framed by pages of the same origin (a helpdesk on the same server) only, and are not kept by caches
 * (scripts and styles are). API answers are data: they may load nothing, be framed by nothing, and are
 * never stored by a cache. Over TLS, browsers are told to keep to TLS.
 */
public class SecurityHeaders implements Filter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /** Where Faces serves the scripts and styles, which browsers may keep. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("Referrer-Policy", "same-origin");
        // An error page is dispatched to with the address that failed beside its own.
        Object failed = http.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String address ? address : http.getRequestURI();
        if (ErrorAnswers.isApi(http.getContextPath(), uri)) {
            answer.setHeader("Content-Security-Policy", API_POLICY);
            answer.setHeader("Cache-Control", "no-store");
        } else {
            answer.setHeader("Content-Security-Policy", PAGE_POLICY);
            answer.setHeader("X-Frame-Options", "SAMEORIGIN");
            if (!uri.contains(RESOURCES)) {
                // A page shows one signed-in person's data: no copy of it outlives the session in a cache.
                answer.setHeader("Cache-Control", "no-store");
            }
        }
        if (http.isSecure()) {
            answer.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
