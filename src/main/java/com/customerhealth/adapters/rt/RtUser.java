package com.customerhealth.adapters.rt;

import java.util.Map;

/**
 * An RT user as REST 2.0 gives it ({@code GET /REST/2.0/user/{id}}).
 *
 * @param id           RT's user id, which is also its principal id in watcher transactions
 * @param name         the user's unique name (REST 2.0 names users by it, a ticket's requestors too)
 * @param email        the e-mail address, empty for none
 * @param realName     the real name, empty for none
 * @param organization the Organization field, empty for none
 * @param customFields the user's custom fields by name, each with its first value
 */
public record RtUser(long id, String name, String email, String realName, String organization,
                     Map<String, String> customFields) {

    public RtUser {
        email = email == null ? "" : email;
        realName = realName == null ? "" : realName;
        organization = organization == null ? "" : organization;
        customFields = Map.copyOf(customFields);
    }

    /** The customer this user is: the e-mail address in lower case, {@code rt-user-<id>} without one. */
    public String customerId() {
        return email.isBlank() ? "rt-user-" + id : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The name shown for the customer: the real name, else the user name. */
    public String displayName() {
        return realName.isBlank() ? name : realName;
    }

    /**
     * The company this user belongs to, read from {@code field}: {@code Organization} for RT's own field, else
     * the name of a user custom field; {@code null} when it is empty.
     */
    public String company(String field) {
        String value = "Organization".equals(field) ? organization : customFields.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
