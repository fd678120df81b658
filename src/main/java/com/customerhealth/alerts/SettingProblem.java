package com.customerhealth.alerts;

import com.customerhealth.platform.FieldProblem;
import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.RuleProblem;

/**
 * One setting of the alert rules that is wrong, named as {@link AlertSettings} names it, with what is
 * wrong with it in no language: the same {@link RuleProblem} the scoring rules use, so a settings page and
 * the API word both with the texts {@code rules.<key>}.
 *
 * @param setting the setting at fault, such as {@code scoreDrop.points}
 * @param problem what is wrong with it
 */
public record SettingProblem(String setting, RuleProblem problem) {

    /** {@code setting} is wrong as the text {@code rules.<key>} says, filled with {@code arguments}. */
    public static SettingProblem of(String setting, String key, Object... arguments) {
        return new SettingProblem(setting, new RuleProblem(key, arguments));
    }

    /** The same problem as every API answers a wrong field: the text {@code rules.<key>} and its arguments. */
    public FieldProblem field() {
        return new FieldProblem(setting, "rules." + problem.key(),
                problem.arguments().stream().map(String::valueOf).toList());
    }

    /** What is wrong, without the setting's name, in the language of {@code texts}: "must be between 1 and 100, was 500". */
    public String words(Texts texts) {
        return texts.format("rules." + problem.key(), problem.arguments().toArray());
    }
}
