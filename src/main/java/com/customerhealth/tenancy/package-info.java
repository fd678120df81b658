/**
 * Tenants: one helpdesk account each. Every stored row carries its tenant and every read names one, so
 * no answer ever mixes two accounts. A single-tenant install never names one and uses the default.
 *
 * <p>A caller belongs to the tenant its identity names with a group {@code tenant:<id>} (from the
 * identity store, the server's realm or a token's {@code groups} claim); a caller with no such group
 * belongs to the default tenant ({@code chm.tenancy.default-tenant}).
 */
package com.customerhealth.tenancy;
