/**
 * Who may see and change what: Jakarta Security with the roles {@code agent} (reads health) and
 * {@code admin} (changes how it is scored). People sign in on the sign-in page and stay signed in for
 * the browser session, so a page's own requests need no credentials; programs send HTTP Basic with each
 * request and get no session. A caller's groups are its roles, and {@code tenant:<id>} names its tenant.
 *
 * <p>Callers come from every identity store the application sees: the users configured in MicroProfile
 * Config ({@link com.customerhealth.security.ConfiguredUsers}, passwords kept as PBKDF2 hashes only), the
 * demo users {@code agent}/{@code agent} and {@code admin}/{@code admin} in demo mode, and any store a
 * vendor adds for the server's realm.
 */
package com.customerhealth.security;
