package com.customerhealth.scoring;

/**
 * Scoring rules that cannot be applied, with the setting that is wrong and what is wrong with it, in no
 * language: the settings page and the API word {@link #problem()} for their readers.
 */
public class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final transient RuleProblem problem;

    public InvalidRulesException(String setting, RuleProblem problem) {
        super(setting + ": " + problem.key() + " " + problem.arguments());
        this.setting = setting;
        this.problem = problem;
    }

    /** {@code setting} is wrong in the way the text {@code rules.<key>} says, filled with {@code arguments}. */
    public InvalidRulesException(String setting, String key, Object... arguments) {
        this(setting, new RuleProblem(key, arguments));
    }

    /** The setting at fault, named as in the configuration, such as {@code avgCsat.goodAverage}. */
    public String setting() {
        return setting;
    }

    /** What is wrong with the setting, without its name. */
    public RuleProblem problem() {
        return problem;
    }
}
