/**
 * Demo mode ({@code chm.demo=true}, as the README's first command sets it): users {@code agent} and
 * {@code admin} (see {@link com.customerhealth.security}) and, on first start, a small helpdesk of
 * companies, customers and tickets in the default tenant, scored by the real rules, so a newcomer sees
 * every band at once. Off by default; a production install never sees any of it.
 */
package com.customerhealth.demo;
