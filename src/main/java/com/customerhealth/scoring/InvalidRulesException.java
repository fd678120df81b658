package com.customerhealth.scoring;

/** Scoring rules that cannot be applied, with the setting that is wrong. */
public class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String reason;

    public InvalidRulesException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
        this.reason = message;
    }

    /** The setting at fault, named as in the configuration, such as {@code avgCsat.goodAverage}. */
    public String setting() {
        return setting;
    }

    /** What is wrong with the setting, without its name, as a form shows it beside the field. */
    public String reason() {
        return reason;
    }
}
