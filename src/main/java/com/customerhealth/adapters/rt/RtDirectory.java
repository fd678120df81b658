package com.customerhealth.adapters.rt;

/**
 * RT's users and custom fields as the mapping of transactions needs them, read through REST 2.0 once each
 * by the backfill.
 */
public interface RtDirectory {

    /** The user named {@code nameOrId}: a user name, or RT's numeric user id. */
    RtUser user(String nameOrId);

    /** The name of the custom field with id {@code id}. */
    String customFieldName(String id);
}
