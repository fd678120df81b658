package com.customerhealth.adapters;

/**
 * A webhook that is not signed as its helpdesk signs them, answered 401 with this message as the problem's
 * detail, so the helpdesk's admin sees which header or secret to fix.
 *
 * <pre>{@code
 * throw new SignatureRefused("X-Hub-Signature is missing; set the webhook's secret in Zammad");
 * }</pre>
 */
public class SignatureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignatureRefused(String message) {
        super(message);
    }
}
