package com.customerhealth.alerts;

import java.util.List;
import java.util.stream.Collectors;

/** Alert settings that cannot be saved, with every problem among them; nothing was saved. */
public class InvalidAlertSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingProblem> problems;

    public InvalidAlertSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(problem -> problem.setting() + ": " + problem.problem().key())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    /** Every wrong setting, in the settings' order. */
    public List<SettingProblem> problems() {
        return problems;
    }
}
