package com.customerhealth.security;

import com.customerhealth.platform.ReaderTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in page, {@code login.xhtml}, and signing out. After signing in, the page goes on to the page
 * that was asked for ({@code next}), if it is one of the plugin's own; a wrong name or password says so
 * without telling which of the two was wrong, and after too many of them in a row, how long to wait.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    ReaderTexts reader;

    private String user;
    private String password;
    private String next;

    /** Signs in with the name and password typed, then opens the page asked for. */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(user == null ? "" : user,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(nextPage(external));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    external.getRequestMap().get(SignIn.WAIT_SECONDS) instanceof Long wait
                            ? reader.texts().count("signIn.heldBack", wait)
                            : reader.texts().get("signIn.wrong"), null));
        }
    }

    /** Ends the session and opens the sign-in page. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignIn.PAGE);
    }

    /** The page asked for, when it is one of the plugin's; otherwise the plugin's start page. */
    private String nextPage(ExternalContext external) {
        String root = external.getRequestContextPath() + "/";
        return next != null && next.startsWith(root) && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(root + "login.xhtml") ? next : root;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
