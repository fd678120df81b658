package com.customerhealth.alerts;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.directory.Customer;
import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.health.ScoresRecomputed;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Rating;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises and resolves alerts as scores move, in the transaction that moved them: an alert exists exactly
 * when its move was stored. Each move is judged by the rules in force ({@link AlertRules#evaluate}) against
 * what the alerts remember of the subject (its recent scores, its alerts of the last cool-down and those
 * still open); a CSAT rating that moved a customer's score is judged as that rating. A rebuild's moves are
 * remembered, not judged.
 */
@ApplicationScoped
public class AlertRaising {

    /** The text key of a CSAT cause, whose last argument is the ticket rated. */
    private static final String CSAT = "cause.csat";
    /**
     * The kind of cause of a rebuild, which folds every event again: its moves mend the stored state, they
     * are not the subject turning, and are remembered without being judged.
     */
    private static final String REBUILD = "rebuild";

    @Inject
    AlertRulesInForce rulesInForce;

    @Inject
    AlertRepository alerts;

    @Inject
    CustomerRepository customers;

    @Inject
    CompanyRepository companies;

    @Inject
    TicketRepository tickets;

    @Inject
    Event<AlertsChanged> changed;

    void onScoresRecomputed(@Observes ScoresRecomputed moved) {
        Optional<AlertRules> rules = rulesInForce.rulesFor(moved.tenantId());
        if (rules.isEmpty()) {
            return;
        }
        // A score that stayed is judged only for the rating that was its cause: the other kinds need a move.
        List<ScoresRecomputed.Move> judged = moved.moves().stream()
                .filter(move -> move.moved() || move.cause() != null && CSAT.equals(move.cause().textKey())).toList();
        List<ScoresRecomputed.Move> customerMoves = judged.stream().filter(move -> !move.company()).toList();
        List<ScoresRecomputed.Move> companyMoves = judged.stream().filter(ScoresRecomputed.Move::company).toList();
        int raised = judge(moved.tenantId(), moved.at(), SubjectType.CUSTOMER, customerMoves, rules.get())
                + judge(moved.tenantId(), moved.at(), SubjectType.COMPANY, companyMoves, rules.get());
        if (raised > 0) {
            changed.fire(new AlertsChanged(moved.tenantId()));
        }
    }

    /** Judges {@code moves} of subjects of {@code type}; answers how many alerts were raised or resolved. */
    private int judge(String tenantId, Instant at, SubjectType type, List<ScoresRecomputed.Move> moves, AlertRules rules) {
        if (moves.isEmpty()) {
            return 0;
        }
        List<String> ids = moves.stream().map(ScoresRecomputed.Move::id).toList();
        // The subjects' records are locked first, in the order the recalculation locked their scores.
        Map<String, AlertWatch> watches = alerts.watches(tenantId, type, ids);
        Map<String, List<StoredAlert>> earlier = alerts.ofSubjects(tenantId, type, ids, at.minus(rules.coolDown()));
        int changes = 0;
        for (ScoresRecomputed.Move move : moves) {
            AlertWatch watch = watches.get(move.id());
            List<StoredAlert> own = earlier.getOrDefault(move.id(), List.of());
            ChangeCause cause = move.cause() == null ? ChangeCause.timePassed() : move.cause();
            if (REBUILD.equals(cause.kind())) {
                watch.record(at, move.score());
                continue;
            }
            Observation observation = Observation.of(new Subject(type, move.id(), null),
                            new ScoreMove(at, move.previousScore(), move.previousBand(), move.score(), move.band(),
                                    cause))
                    .withHistory(watch.recent())
                    .withAlerts(own.stream().map(StoredAlert::past).toList());
            Optional<Rating> rating = type == SubjectType.CUSTOMER ? ratingOf(tenantId, cause) : Optional.empty();
            if (rating.isPresent()) {
                observation = observation.withRating(rating.get());
            }
            AlertOutcome outcome = rules.evaluate(observation);
            if (!outcome.raised().isEmpty()) {
                // Named only when something is raised: the summary speaks of the subject by its name.
                outcome = rules.evaluate(new Observation(new Subject(type, move.id(), nameOf(tenantId, type,
                        move.id())), observation.move(), observation.history(), observation.tickets(),
                        observation.rating(), observation.alerts()));
            }
            outcome.raised().forEach(alert -> alerts.add(tenantId, alert));
            for (PastAlert over : outcome.resolved()) {
                own.stream().filter(alert -> alert.id().equals(over.id())).forEach(alert -> alert.resolve(at));
            }
            if (move.moved()) {
                watch.record(at, move.score());
            }
            changes += outcome.raised().size() + outcome.resolved().size();
        }
        return changes;
    }

    /** The rating a CSAT cause names, as its ticket holds it now. */
    private Optional<Rating> ratingOf(String tenantId, ChangeCause cause) {
        if (!CSAT.equals(cause.textKey()) || cause.arguments().isEmpty()) {
            return Optional.empty();
        }
        String ticketId = cause.arguments().get(cause.arguments().size() - 1);
        return tickets.shown(tenantId, ticketId).map(Ticket::rating);
    }

    private String nameOf(String tenantId, SubjectType type, String id) {
        return type == SubjectType.CUSTOMER
                ? customers.find(tenantId, id).map(Customer::displayName).orElse(id)
                : companies.find(tenantId, id).map(Company::displayName).orElse(id);
    }
}
