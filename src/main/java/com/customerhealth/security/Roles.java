package com.customerhealth.security;

import java.util.List;

/**
 * The plugin's roles. Every REST operation names the ones it is open to with {@code @RolesAllowed}
 * (or says {@code @PermitAll} when it checks its callers itself, as the signed events do), and every page
 * with {@code <chm:access roles="..."/>}; an operation or page that names none is open to nobody.
 */
public final class Roles {

    /** Sees the health of customers and companies. */
    public static final String AGENT = "agent";
    /** Changes how health is scored; may do everything a manager may. */
    public static final String ADMIN = "admin";
    /** Watches the whole customer base: the portfolio, lists and histories of customers and companies. */
    public static final String MANAGER = "manager";

    /** Every role, as the deployment descriptor declares them. */
    public static final List<String> ALL = List.of(AGENT, ADMIN, MANAGER);

    private Roles() {
    }
}
