package com.customerhealth.settings;

import com.customerhealth.health.Rescoring;
import com.customerhealth.health.RescoringProgress;
import com.customerhealth.health.ScorePreview;
import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RuleProblem;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings page, {@code admin/settings.xhtml}: the tenant's rules as a form, a preset to start from,
 * a preview of the draft beside today's spread, saving with the recomputation's progress, and the
 * history of saved versions with a restore button each. Wrong fields are shown beside themselves and
 * nothing is saved while one is.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoringSettings settings;

    @Inject
    transient ConfigurationHistory history;

    @Inject
    transient ConfigurationRollout rollout;

    @Inject
    transient ScorePreview scorePreview;

    @Inject
    transient Rescoring rescoring;

    @Inject
    transient CallerTenant tenant;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ReaderTexts reader;

    private SettingsForm form;
    private String preset = "";
    private String appliedPreset = "";
    private final Map<String, RuleProblem> errors = new LinkedHashMap<>();
    private ScorePreview.Preview preview;
    private List<ConfigurationHistory.SavedVersion> versions;

    /** The preset the rules in force follow, or null when they follow none. */
    private Preset presetInForce;

    @PostConstruct
    void load() {
        showRulesInForce();
        versions = history.versions(tenant.id());
    }

    /** Fills the form with the rules in force, the preset list showing the preset they follow. */
    private void showRulesInForce() {
        ScoringRules inForce = settings.rulesFor(tenant.id());
        form = SettingsForm.of(inForce);
        presetInForce = SettingsForm.presetOf(inForce).orElse(null);
        preset = presetInForce == null ? "" : presetInForce.key();
        // Not applied yet: the preset shown can be applied again over numbers typed since.
        appliedPreset = "";
    }

    /**
     * Fills the parameters with the chosen preset's numbers, once per choice; nothing is saved yet. The
     * preset's button is the form's first, so Enter in a field sends it: the numbers typed since stay.
     */
    public void applyPreset() {
        if (!preset.isEmpty() && !preset.equals(appliedPreset)) {
            form.apply(Preset.fromKey(preset));
            appliedPreset = preset;
            errors.clear();
            preview = null;
        }
    }

    /** Shows how the draft would spread the tenant's customers and companies over the bands. */
    public void preview() {
        preview = draft("settings.invalid.notPreviewed").map(rules -> scorePreview.preview(tenant.id(), rules)).orElse(null);
    }

    /** Saves the draft as the next version and starts recomputing every score. */
    public void save() {
        draft("settings.invalid.notSaved").ifPresent(rules -> {
            ConfigurationHistory.SavedVersion saved = rollout.save(tenant.id(), rules, callerName()).saved();
            afterSave();
            presetInForce = SettingsForm.presetOf(rules).orElse(null);
            inform(texts().format("settings.saved", saved.version(),
                    texts().count("settings.saved.changes", saved.changes().size())));
        });
    }

    /** Saves the rules of {@code version} again as the next version, and recomputes every score by them. */
    public void restore(int version) {
        rollout.restore(tenant.id(), version, callerName()).ifPresent(restored -> {
            afterSave();
            showRulesInForce();
            errors.clear();
            inform(texts().format("settings.restored", version, restored.saved().version()));
        });
    }

    /** The rules the form describes; when a field is wrong, none, and a message saying so in {@code outcome}. */
    private Optional<ScoringRules> draft(String outcome) {
        errors.clear();
        preview = null;
        Optional<ScoringRules> rules = form.rules(errors);
        if (rules.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts().format(outcome, texts().count("settings.invalid.count", errors.size())), null));
        }
        return rules;
    }

    private void afterSave() {
        versions = history.versions(tenant.id());
        preview = null;
    }

    private static void inform(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private Texts texts() {
        return reader.texts();
    }

    /** Which rules are in force: "Version 3 in force, following the preset B2B". */
    public String getInForce() {
        String version = versions.isEmpty() ? texts().get("settings.inForce.defaults")
                : texts().format("settings.inForce.version", versions.get(0).version());
        return presetInForce == null ? texts().format("settings.inForce.noPreset", version)
                : texts().format("settings.inForce.preset", version, texts().get("preset." + presetInForce.key()));
    }

    /** {@code setting} as the page titles it, such as "Average case interactions: good / average". */
    public String settingTitle(String setting) {
        return SettingWords.title(setting, texts());
    }

    /** A setting's value as the history shows it: a number in the reader's digits, a switch "on" or "off", a mode in words. */
    public String settingValue(String value) {
        return SettingWords.value(value, texts());
    }

    /** The switch of a parameter's row, for assistive technology: "Tickets in the window counts in the score". */
    public String countsLabel(String parameterKey) {
        return texts().format("settings.countsLabel", texts().get("parameter." + parameterKey));
    }

    /** Beside a version that restored another: " (restores 1)". */
    public String restores(Integer version) {
        return texts().format("settings.history.restores", version);
    }

    public String restoreLabel(int version) {
        return texts().format("settings.history.restoreLabel", version);
    }

    /** What Restore asks before it acts. */
    public String restoreQuestion(int version) {
        return texts().format("settings.history.restoreQuestion", version);
    }

    private String callerName() {
        return security.getCallerPrincipal().getName();
    }

    public SettingsForm getForm() {
        return form;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset == null ? "" : preset;
    }

    public List<Preset> getPresets() {
        return Arrays.asList(Preset.values());
    }

    public List<CompanyScoreMode> getCompanyModes() {
        return Arrays.asList(CompanyScoreMode.values());
    }

    /** What is wrong with {@code setting}, or null when nothing is. */
    public String error(String setting) {
        RuleProblem problem = errors.get(setting);
        return problem == null ? null : RuleWords.of(problem, texts());
    }

    public ScorePreview.Preview getPreview() {
        return preview;
    }

    public List<ConfigurationHistory.SavedVersion> getVersions() {
        return versions;
    }

    /** The latest recomputation of the tenant's scores, or null before the first save. */
    public RescoringProgress getRescoring() {
        return rescoring.progress(tenant.id()).orElse(null);
    }
}
