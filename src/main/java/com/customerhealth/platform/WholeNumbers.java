package com.customerhealth.platform;

import jakarta.ws.rs.BadRequestException;

/** Whole numbers as the API takes them in its query parameters: a page, a size. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * {@code text}, the value of query parameter {@code name}, as a number from {@code min} to {@code max}.
     *
     * @throws BadRequestException naming the parameter and its range when it is not such a number
     */
    public static int parse(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw new BadRequestException("'" + name + "' is a whole number from " + min + " to " + max);
    }
}
