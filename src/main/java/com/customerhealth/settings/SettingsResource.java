package com.customerhealth.settings;

import com.customerhealth.health.Rescoring;
import com.customerhealth.health.RescoringProgress;
import com.customerhealth.health.ScorePreview;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The scoring rules of the caller's tenant, for callers in the admin role: read them, preview a draft,
 * save it (every score is then recomputed in the background), follow that recomputation, list the saved
 * versions and restore one. Rules travel as the JSON object {@link RulesJson} writes.
 */
@Path("v1/settings")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    ScoringSettings settings;

    @Inject
    ConfigurationHistory history;

    @Inject
    ScorePreview preview;

    @Inject
    Rescoring rescoring;

    @Inject
    ConfigurationRollout rollout;

    @Inject
    CallerTenant tenant;

    @Context
    SecurityContext caller;

    /**
     * The rules in force and the presets to start a draft from.
     *
     * @param version the saved version in force; {@code null} while the configured defaults are
     * @param rules   the rules in force, as {@link RulesJson} writes them
     * @param presets the four presets with every other setting at its default
     */
    public record Current(Integer version, JsonObject rules, List<PresetRules> presets) {
    }

    /** One preset's key, name and rules. */
    public record PresetRules(String key, String title, JsonObject rules) {
    }

    /**
     * A saved version and the recomputation it started.
     *
     * @param saved     the version with what it changed
     * @param rescoring how far recomputing every score has come
     */
    public record Saved(ConfigurationHistory.SavedVersion saved, Progress rescoring) {

        static Saved of(ConfigurationRollout.Rollout rollout) {
            return new Saved(rollout.saved(), Progress.of(rollout.rescoring()));
        }
    }

    /**
     * How far recomputing every score after a save has come.
     *
     * @param version    the version the scores are recomputed by
     * @param done       customers recomputed
     * @param total      customers to recompute
     * @param percent    whole percent done
     * @param startedAt  when it started
     * @param finishedAt when it finished; {@code null} while it goes on
     */
    public record Progress(int version, int done, int total, int percent, Instant startedAt, Instant finishedAt) {

        static Progress of(RescoringProgress progress) {
            return new Progress(progress.version(), progress.done(), progress.total(), progress.percent(),
                    progress.startedAt(), progress.finishedAt());
        }
    }

    @GET
    public Current current() {
        List<ConfigurationHistory.SavedVersion> versions = history.versions(tenant.id());
        return new Current(versions.isEmpty() ? null : versions.get(0).version(),
                RulesJson.object(settings.rulesFor(tenant.id())),
                Arrays.stream(Preset.values())
                        .map(preset -> new PresetRules(preset.key(), preset.title(), RulesJson.object(ScoringRules.of(preset))))
                        .toList());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScorePreview.Preview preview(String draft) {
        return preview.preview(tenant.id(), RulesJson.read(draft));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved save(String rules) {
        ScoringRules valid = RulesJson.read(rules);
        return Saved.of(rollout.save(tenant.id(), valid, callerName()));
    }

    @GET
    @Path("versions")
    public List<ConfigurationHistory.SavedVersion> versions() {
        return history.versions(tenant.id());
    }

    @POST
    @Path("versions/{version}/restore")
    public Saved restore(@PathParam("version") int version) {
        return Saved.of(rollout.restore(tenant.id(), version, callerName())
                .orElseThrow(() -> new NotFoundException("No settings version " + version)));
    }

    @GET
    @Path("rescoring")
    public Progress rescoring() {
        return rescoring.progress(tenant.id()).map(Progress::of)
                .orElseThrow(() -> new NotFoundException("No settings were saved yet, so no score was recomputed"));
    }

    private String callerName() {
        return caller.getUserPrincipal().getName();
    }
}
