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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises and resolves alerts as scores move, in the transaction that moved them: an alert exists exactly
 * when its move was stored. Each move is judged by the rules in force ({@link AlertRules#evaluate}) against
 * what the alerts remember of the subject (its recent scores, its alerts of the last cool-down and those
 * still open), and a customer's tickets created in the spike's window and in the days before it; the
 * rating that was a customer's cause is judged as that rating. A rebuild's moves resolve what they end and
 * raise nothing.
 */
@ApplicationScoped
public class AlertRaising {

    /** The text key of a CSAT cause, whose last argument is the ticket rated. */
    private static final String CSAT = "cause.csat";
    /** The text key of a ticket's creation, which may make a spike. */
    private static final String OPENED = "cause.opened";
    /**
     * The kind of cause of a rebuild, which folds every event again: its moves mend the stored state, they
     * are not the subject turning, so they raise nothing, but what they end is resolved.
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
        // A customer's score that stayed is judged only for a rating or a new ticket among its causes; a company
        // has neither.
        List<ScoresRecomputed.Move> judged = moved.moves().stream().filter(move -> move.moved()
                || !move.company() && (last(move, CSAT).isPresent() || last(move, OPENED).isPresent()))
                .toList();
        List<ScoresRecomputed.Move> customerMoves = judged.stream().filter(move -> !move.company()).toList();
        List<ScoresRecomputed.Move> companyMoves = judged.stream().filter(ScoresRecomputed.Move::company).toList();
        List<StoredAlert> raised = new ArrayList<>();
        List<StoredAlert> resolved = new ArrayList<>();
        judge(moved.tenantId(), moved.at(), SubjectType.CUSTOMER, customerMoves, rules.get(), raised, resolved);
        judge(moved.tenantId(), moved.at(), SubjectType.COMPANY, companyMoves, rules.get(), raised, resolved);
        if (!raised.isEmpty() || !resolved.isEmpty()) {
            changed.fire(new AlertsChanged(moved.tenantId(), raised, resolved));
        }
    }

    /** Judges {@code moves} of subjects of {@code type}, adding the alerts it raises and resolves to those lists. */
    private void judge(String tenantId, Instant at, SubjectType type, List<ScoresRecomputed.Move> moves, AlertRules rules,
                       List<StoredAlert> raised, List<StoredAlert> resolved) {
        if (moves.isEmpty()) {
            return;
        }
        List<String> ids = moves.stream().map(ScoresRecomputed.Move::id).toList();
        // The subjects' records are locked first, in the order the recalculation locked their scores.
        Map<String, AlertWatch> watches = alerts.watches(tenantId, type, ids);
        Map<String, List<StoredAlert>> earlier = alerts.ofSubjects(tenantId, type, ids, at.minus(rules.coolDown()));
        TicketSpikeRule spike = rules.ticketSpike();
        boolean spikes = type == SubjectType.CUSTOMER && spike.on();
        Instant windowStart = at.minus(spike.window());
        Map<String, Integer> inWindow = spikes ? tickets.createdBetween(tenantId, ids, windowStart, at.plusMillis(1))
                : Map.of();
        Map<String, Integer> inBaseline = spikes ? tickets.createdBetween(tenantId, ids,
                windowStart.minus(Duration.ofDays(spike.baselineDays())), windowStart) : Map.of();
        for (ScoresRecomputed.Move move : moves) {
            AlertWatch watch = watches.get(move.id());
            List<StoredAlert> own = earlier.getOrDefault(move.id(), List.of());
            ChangeCause cause = move.cause() == null ? ChangeCause.timePassed() : move.cause();
            Observation observation = Observation.of(new Subject(type, move.id(), null),
                            new ScoreMove(at, move.previousScore(), move.previousBand(), move.score(), move.band(),
                                    cause))
                    .withHistory(watch.within(at, Duration.ofDays(rules.scoreDrop().days())))
                    .withAlerts(own.stream().map(StoredAlert::past).toList());
            if (spikes) {
                observation = observation.withTickets(new TicketCounts(inWindow.getOrDefault(move.id(), 0),
                        inBaseline.getOrDefault(move.id(), 0)));
            }
            Optional<Given> rating = type == SubjectType.CUSTOMER ? ratingOf(tenantId, move) : Optional.empty();
            if (rating.isPresent()) {
                observation = observation.withRating(rating.get().rating());
            }
            AlertOutcome outcome = raisable(rules.evaluate(observation), move, cause);
            if (!outcome.raised().isEmpty()) {
                // Named only when something is raised: the summary speaks of the subject by its name.
                outcome = raisable(rules.evaluate(new Observation(new Subject(type, move.id(), nameOf(tenantId, type,
                        move.id())), observation.move(), observation.history(), observation.tickets(),
                        observation.rating(), observation.alerts())), move, cause);
                outcome = causedByTheirOwnEvents(outcome, rating, last(move, OPENED));
            }
            outcome.raised().forEach(alert -> raised.add(alerts.add(tenantId, alert)));
            for (PastAlert over : outcome.resolved()) {
                own.stream().filter(alert -> alert.id().equals(over.id())).forEach(alert -> {
                    alert.resolve(at);
                    resolved.add(alert);
                });
            }
            if (move.moved()) {
                watch.record(at, move.score());
            }
        }
    }

    /**
     * Of {@code outcome}, what {@code move} may raise: nothing for a rebuild's, which mends the stored state
     * (what it resolves is over all the same), and for a score that stayed only what its rating or its new
     * ticket says; a band or a score that did not move raises nothing.
     */
    private static AlertOutcome raisable(AlertOutcome outcome, ScoresRecomputed.Move move, ChangeCause cause) {
        if (REBUILD.equals(cause.kind())) {
            return new AlertOutcome(List.of(), outcome.resolved());
        }
        if (move.moved()) {
            return outcome;
        }
        return new AlertOutcome(outcome.raised().stream().filter(alert -> alert.kind() == AlertKind.LOW_CSAT
                || alert.kind() == AlertKind.TICKET_SPIKE).toList(), outcome.resolved());
    }

    /** A rating a customer gave in the batch, as its ticket holds it now, and the event that gave it. */
    private record Given(Rating rating, ChangeCause cause) {
    }

    /**
     * Of the ratings {@code move}'s causes name, on tickets that are the customer's, the one at the bottom of
     * its scale if any is, else the last: a rating followed in the same batch by another event about the
     * customer is a rating all the same. Each as its ticket holds it now.
     */
    private Optional<Given> ratingOf(String tenantId, ScoresRecomputed.Move move) {
        Optional<Given> chosen = Optional.empty();
        for (ChangeCause cause : move.causes()) {
            if (!CSAT.equals(cause.textKey()) || cause.arguments().isEmpty()) {
                continue;
            }
            String ticketId = cause.arguments().get(cause.arguments().size() - 1);
            // A ticket that changed hands in the batch gives its cause to its earlier customer too, who rated nothing.
            Optional<Rating> rating = tickets.shown(tenantId, ticketId)
                    .filter(ticket -> move.id().equals(ticket.customerId())).map(Ticket::rating);
            if (rating.isPresent() && (chosen.isEmpty() || !AlertEvaluation.atBottom(chosen.get().rating()))) {
                chosen = Optional.of(new Given(rating.get(), cause));
            }
        }
        return chosen;
    }

    /** The last of {@code move}'s causes with the text {@code textKey}. */
    private static Optional<ChangeCause> last(ScoresRecomputed.Move move, String textKey) {
        ChangeCause found = null;
        for (ChangeCause cause : move.causes()) {
            if (textKey.equals(cause.textKey())) {
                found = cause;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * {@code outcome} with a low CSAT caused by the rating itself and a ticket spike by the ticket opened, where
     * another event of the batch was the move's last cause.
     */
    private static AlertOutcome causedByTheirOwnEvents(AlertOutcome outcome, Optional<Given> rating,
                                                       Optional<ChangeCause> opened) {
        return new AlertOutcome(outcome.raised().stream().map(alert -> {
            Optional<ChangeCause> own = alert.kind() == AlertKind.LOW_CSAT ? rating.map(Given::cause)
                    : alert.kind() == AlertKind.TICKET_SPIKE ? opened : Optional.empty();
            return own.filter(cause -> !cause.equals(alert.cause())).map(cause -> new RaisedAlert(alert.kind(),
                    alert.subject(), alert.at(), alert.score(), alert.previousScore(), alert.band(), alert.previousBand(),
                    cause, alert.summaryKey(), alert.summaryArguments())).orElse(alert);
        }).toList(), outcome.resolved());
    }

    private String nameOf(String tenantId, SubjectType type, String id) {
        return type == SubjectType.CUSTOMER
                ? customers.find(tenantId, id).map(Customer::displayName).orElse(id)
                : companies.find(tenantId, id).map(Company::displayName).orElse(id);
    }
}
