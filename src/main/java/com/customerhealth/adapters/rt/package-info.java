/**
 * Request Tracker 5: the backfill of an RT's history through its REST 2.0 API
 * ({@link com.customerhealth.adapters.rt.RtHistory}, kind {@code rt}), mapping each ticket transaction as
 * the plugin's RT scrip ({@code descriptors/request-tracker/CHMEvents.pm}) posts it live to
 * {@code api/v1/events}: the same events, ids and source
 * ({@link com.customerhealth.adapters.rt.RtTransactionMapping}, plain Java). RT needs no webhook adapter, as
 * its scrip posts the plugin's own contract.
 *
 * <p>It uses {@code backfill} (the reading side it implements), {@code events} and {@code tickets}.
 */
package com.customerhealth.adapters.rt;
