package com.customerhealth.alerts;

import java.util.Objects;

/**
 * The customer or company an alert is about, with the name it had when the alert was raised, so an
 * alert still reads well after the subject is renamed or removed.
 *
 * @param type customer or company
 * @param id   the helpdesk's id of the customer or company
 * @param name its name to show; the id when it has none
 */
public record Subject(SubjectType type, String id, String name) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    /** The customer {@code id} named {@code name}. */
    public static Subject customer(String id, String name) {
        return new Subject(SubjectType.CUSTOMER, id, name);
    }

    /** The company {@code id} named {@code name}. */
    public static Subject company(String id, String name) {
        return new Subject(SubjectType.COMPANY, id, name);
    }
}
