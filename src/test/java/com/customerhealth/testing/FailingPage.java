package com.customerhealth.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The bean of {@code testing/failing.xhtml}, a page that fails as it renders. Part of the test deployment only. */
@Named
@RequestScoped
public class FailingPage {

    public String getText() {
        throw new IllegalStateException("a failure whose words must not reach the page: SELECT secret FROM chm_x");
    }
}
