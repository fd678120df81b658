/**
 * Who may see and change what: Jakarta Security with the roles {@code agent} (reads health) and
 * {@code admin} (changes how it is scored). Callers authenticate with HTTP Basic; their groups are
 * their roles, and {@code tenant:<id>} names their tenant. A caller who opens a page stays signed in
 * for the browser session, so the page's own requests need no credentials; API callers get no session.
 * In demo mode ({@code chm.demo=true}) two users exist, {@code agent}/{@code agent} and
 * {@code admin}/{@code admin}; a production install takes its callers from the server's realm or from
 * the helpdesk's tokens instead.
 */
package com.customerhealth.security;
