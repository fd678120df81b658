package com.customerhealth.alerts;

import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.platform.Texts;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alert rules on the alert settings page, {@code admin/alerts.xhtml}: the tenant's rules in force as a
 * form, saved as its own, or the configured defaults put back in force; which of the two is in force, and
 * who changed them last, when. Wrong fields are shown beside themselves and nothing is saved while one is.
 * A change is made only to the version the page showed, so nobody overwrites a save they did not see.
 */
@Named
@ViewScoped
public class AlertRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AlertRulesInForce rules;

    @Inject
    transient CallerTenant tenant;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ReaderTexts reader;

    private TenantAlertRules standing;
    private AlertRulesForm form;
    private final Map<String, SettingProblem> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        show(rules.current(tenant.id()));
    }

    /** Fills the form with {@code rules}, each field of a setting in force that has a problem with its message. */
    private void show(TenantAlertRules rulesStanding) {
        standing = rulesStanding;
        form = AlertRulesForm.of(rulesStanding.settings());
        errors.clear();
        rulesStanding.problems().forEach(problem -> errors.putIfAbsent(problem.setting(), problem));
    }

    /** Saves the form as the tenant's rules, in force from the next event on. */
    public void save() {
        errors.clear();
        try {
            TenantAlertRules saved = rules.save(tenant.id(), form.settings(),
                    VersionPrecondition.exactly(standing.version()), callerName());
            show(saved);
            inform(FacesMessage.SEVERITY_INFO, texts().format("alerts.rules.saved", saved.version()));
        } catch (InvalidAlertSettingsException e) {
            e.problems().forEach(problem -> errors.putIfAbsent(problem.setting(), problem));
            inform(FacesMessage.SEVERITY_ERROR, texts().count("alerts.rules.invalid", errors.size()));
        } catch (AlertRulesRepository.StaleVersionException e) {
            stale(e.version());
        } catch (AlertRulesRepository.ConcurrentSaveException e) {
            inform(FacesMessage.SEVERITY_ERROR, texts().get("alerts.rules.concurrent"));
        }
    }

    /** Puts the configured defaults in force again, and shows them. */
    public void backToDefaults() {
        try {
            TenantAlertRules defaults = rules.backToDefaults(tenant.id(), VersionPrecondition.exactly(standing.version()),
                    callerName());
            show(defaults);
            inform(FacesMessage.SEVERITY_INFO, texts().format("alerts.rules.wentBack", defaults.version()));
        } catch (AlertRulesRepository.StaleVersionException e) {
            stale(e.version());
        }
    }

    /**
     * Someone changed the rules since the page showed them: what was typed stays, the head names what is in
     * force now, and saving again replaces it knowingly.
     */
    private void stale(int version) {
        standing = rules.current(tenant.id());
        inform(FacesMessage.SEVERITY_ERROR, texts().format("alerts.rules.stale", version));
    }

    private static void inform(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }

    private Texts texts() {
        return reader.texts();
    }

    private String callerName() {
        return security.getCallerPrincipal().getName();
    }

    /** Which rules are in force, and who put them in force when. */
    public String getInForce() {
        if (standing.version() == 0) {
            return texts().get("alerts.rules.inForce.configured");
        }
        return texts().format(standing.saved() ? "alerts.rules.inForce.saved" : "alerts.rules.inForce.reset",
                standing.version(), standing.savedBy(), absolute(standing.savedAt()));
    }

    /** {@code moment} as the pages write it, "3 Dec 2026, 10:15 UTC". */
    private String absolute(Instant moment) {
        return DateTimeFormatter.ofPattern(texts().get("time.absolute"), texts().locale()).withZone(ZoneOffset.UTC)
                .format(moment);
    }

    /** Whether the tenant's own saved rules are in force, rather than the configured defaults. */
    public boolean isSaved() {
        return standing.saved();
    }

    /** Whether the rules in force have a problem, so that no alert is raised. */
    public boolean isFaulty() {
        return !standing.problems().isEmpty();
    }

    /** When the rules in force were put in force, for machines; empty before the first save. */
    public String getSavedAt() {
        return standing.savedAt() == null ? "" : standing.savedAt().toString();
    }

    /** The configured value of {@code setting}, as the hint beside its field says it: "Default: 30", "Default: on". */
    public String defaultOf(String setting) {
        String value = standing.defaults().get(setting);
        if (AlertSettings.isSwitch(setting)) {
            value = texts().get(AlertRulesForm.switchedOn(value) ? "settingValue.on" : "settingValue.off");
        }
        return texts().format("alerts.rules.default", value);
    }

    /** What is wrong with {@code setting}, or null when nothing is. */
    public String error(String setting) {
        SettingProblem problem = errors.get(setting);
        return problem == null ? null : problem.words(texts());
    }

    public AlertRulesForm getForm() {
        return form;
    }
}
