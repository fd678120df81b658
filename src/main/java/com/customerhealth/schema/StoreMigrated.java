package com.customerhealth.schema;

/**
 * The store's tables are at this build's version: fired once per start, at start-up or, when the
 * database could not be reached then, as soon as a later attempt migrated it. Work that reads the tables
 * from the start (the demo data, the expiry schedule) observes this rather than the application's start.
 */
public record StoreMigrated() {
}
