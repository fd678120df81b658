package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/chm/",
            "/chm/api/v1/settings",
            "/chm/api/v1/settings/",
            "/chm/api/v1/customers/Ana%20Lima/health",
            "/chm/api/v1/customers/Jos%C3%A9/health",
            "/chm/api/v1/customers/a.b-c_d~e/health",
            "/chm/api/v1/customers/%3F/health",
            "/chm/admin/settings.xhtml",
            "/chm/jakarta.faces.resource/badge.js.xhtml"})
    void canonicalPathsPass(String path) {
        assertNull(RequestPaths.refusal(path));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "/chm/api/v1;/settings",
            "/chm/api/v1;x=1/settings",
            "/chm/api;/v1/settings",
            "/chm/api/v1/settings;",
            "/chm/admin;/settings.xhtml",
            "/chm/api/v1/settings;jsessionid=abc",
            "/chm/api/v1%3B/settings",
            "/chm/api/v1%3b/settings",
            "/chm/api/v1%2Fsettings",
            "/chm/api/v1%2fsettings",
            "/chm/api/v1%5Csettings",
            "/chm/api/v1/%73ettings",
            "/chm/api/v1/%2E%2E/settings",
            "/chm/api/v1/%2e/settings",
            "/chm/api/v1/%252F/settings",
            "/chm/api/v1/%00/settings",
            "/chm/api/v1/%1F/settings",
            "/chm/api/v1/%7E/settings",
            "/chm/api/v1/%4/settings",
            "/chm/api/v1/%",
            "/chm/api/v1/%zz",
            "/chm/api//v1/settings",
            "/chm//api/v1/settings",
            "/chm/api/./v1/settings",
            "/chm/api/v1/x/../settings",
            "/chm/api/v1/..",
            "/chm/api/v1/.",
            "/chm/api\\v1/settings",
            "/chm/api/v1/se\ttings",
            "chm/api/v1/settings",
            ""})
    void everyOtherSpellingIsRefused(String path) {
        assertNotNull(RequestPaths.refusal(path));
    }
}
