package com.customerhealth.alerts;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The alert rules' fields of the alert settings page as the admin left them: each kind's switch, and every
 * number as the text typed, read only when saved, so that each wrong number gets its own message and what
 * was typed stays for correcting. Fields by setting name, as {@link AlertSettings} names them.
 *
 * <pre>{@code
 * AlertRulesForm form = AlertRulesForm.of(AlertSettings.of(AlertRules.defaults()));
 * form.getSwitches().put("lowCsat.enabled", false);
 * form.getNumbers().put("scoreDrop.points", "many");
 * AlertSettings.read(form.settings()).problems();   // [scoreDrop.points: wholeNumber]
 * }</pre>
 */
public class AlertRulesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Boolean> switches = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> numbers = new LinkedHashMap<>();

    /** A form showing {@code settings}: a switch is on when its text says {@code on} or {@code true}. */
    public static AlertRulesForm of(Map<String, String> settings) {
        AlertRulesForm form = new AlertRulesForm();
        for (String name : AlertSettings.NAMES) {
            String value = settings.get(name);
            if (AlertSettings.isSwitch(name)) {
                form.switches.put(name, switchedOn(value));
            } else {
                form.numbers.put(name, value);
            }
        }
        return form;
    }

    /** Whether a switch's text says it is on: {@code on} or {@code true}, in any letter case. */
    static boolean switchedOn(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return text.equals("on") || text.equals("true");
    }

    /**
     * Every setting as the form holds it, in {@link AlertSettings#NAMES}' order: switches {@code on} or
     * {@code off}, numbers as typed, an emptied field blank (which is missing, not its default).
     */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : AlertSettings.NAMES) {
            if (AlertSettings.isSwitch(name)) {
                settings.put(name, Boolean.TRUE.equals(switches.get(name)) ? "on" : "off");
            } else {
                String typed = numbers.get(name);
                settings.put(name, typed == null ? "" : typed);
            }
        }
        return settings;
    }

    /** The switches by setting name, as the page's check boxes set them. */
    public Map<String, Boolean> getSwitches() {
        return switches;
    }

    /** The numbers by setting name, as typed. */
    public Map<String, String> getNumbers() {
        return numbers;
    }
}
