/**
 * The replay command: turns a real helpdesk's event log (the ServiceNow incident log of the UCI
 * repository) into events of the contract and posts them, signed and in batches, to a running plugin,
 * printing progress and, at the end, throughput and latency. It runs outside the server:
 * {@code mvn -q exec:java@replay -Dexec.args="incident_event_log.csv.xz --secret ..."} (see the README).
 */
package com.customerhealth.replay;
