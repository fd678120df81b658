package com.customerhealth.scoring;

/** Scoring rules that cannot be applied, with the setting that is wrong. */
public class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidRulesException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    /** The setting at fault, named as in the configuration, such as {@code avgCsat.goodAverage}. */
    public String setting() {
        return setting;
    }
}
