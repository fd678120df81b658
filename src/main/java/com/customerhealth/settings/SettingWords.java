package com.customerhealth.settings;

import com.customerhealth.platform.Texts;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A setting's name and value as the settings page words them in its reader's language: "Average case
 * interactions: good / average" and "2.5", in German "Durchschnittliche Interaktionen pro Fall: gut /
 * mittel" and "2,5"; a switch reads "on" or "off", a company mode by its name.
 */
public final class SettingWords {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SettingWords() {
    }

    /** {@code setting}, named as in the API ({@code avgCsat.goodAverage}), as the page titles it; one it does not know as it is. */
    public static String title(String setting, Texts texts) {
        int dot = setting.indexOf('.');
        if (dot > 0 && texts.has("parameter." + setting.substring(0, dot))
                && texts.has("setting.part." + setting.substring(dot + 1))) {
            return texts.format("setting.part." + setting.substring(dot + 1),
                    texts.get("parameter." + setting.substring(0, dot)));
        }
        return texts.has("setting." + setting) ? texts.get("setting." + setting) : setting;
    }

    /** A setting's value as the history stores it ({@code on}, {@code 2.5}, {@code lowest}), in the reader's words. */
    public static String value(String value, Texts texts) {
        if (NUMBER.matcher(value).matches()) {
            return texts.digits(new BigDecimal(value));
        }
        return texts.has("settingValue." + value) ? texts.get("settingValue." + value) : value;
    }
}
