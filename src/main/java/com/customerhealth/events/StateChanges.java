package com.customerhealth.events;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.directory.Customer;
import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.directory.DirectoryEntry;
import com.customerhealth.directory.Membership;
import com.customerhealth.directory.StateChanged;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketFamily;
import com.customerhealth.tickets.TicketRepository;
import com.customerhealth.tickets.TicketState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Folds new journal events into the stored state: the tickets they are about, the tickets merged into or
 * out of those, the customers and companies involved. A ticket whose new events all come after what its
 * row holds is extended; one with an event from before is folded again from all its journal events, so
 * the state never depends on the order events arrived in. Customers' companies follow {@link Membership}.
 * Runs inside the caller's transaction, the rows it changes locked in id order.
 */
@ApplicationScoped
public class StateChanges {

    /** What a change made by folding again from the journal shows as its cause. */
    static final ChangeCause REBUILT = new ChangeCause("rebuild", null, "cause.rebuilt");

    @Inject
    Journal journal;

    @Inject
    TicketRepository ticketRows;

    @Inject
    CustomerRepository customerRows;

    @Inject
    CompanyRepository companyRows;

    /**
     * Folds {@code events}, new to the journal of {@code tenantId} and already appended to it, into the
     * stored state, and answers whose scores may have moved, each with the cause to show.
     */
    public StateChanged apply(String tenantId, List<HelpdeskEvent> events) {
        return new Fold(tenantId, null, false).apply(events);
    }

    /**
     * Folds the tickets {@code ticketIds} of {@code tenantId} again from all their journal events, whatever
     * their rows hold, with the families they are part of and their customers' companies.
     */
    public StateChanged refoldTickets(String tenantId, Collection<String> ticketIds) {
        return new Fold(tenantId, REBUILT, true).refoldTickets(ticketIds);
    }

    /** Recomputes what the families of {@code ticketIds} carry, from the own states their rows hold. */
    public StateChanged settleFamilies(String tenantId, Collection<String> ticketIds) {
        return new Fold(tenantId, REBUILT, true).settleFamilies(ticketIds);
    }

    /**
     * Takes the customers {@code customerIds} and companies {@code companyIds} of {@code tenantId} again
     * from the journal's directory events and their tickets, whatever their rows hold.
     */
    public StateChanged refoldDirectory(String tenantId, Collection<String> customerIds, Collection<String> companyIds) {
        return new Fold(tenantId, REBUILT, true).refoldDirectory(customerIds, companyIds);
    }

    /** The work of one batch, with the rows it has read and locked. */
    private final class Fold {

        private final String tenant;
        private final Map<String, Ticket> tickets = new HashMap<>();
        private final Map<String, TicketState> states = new HashMap<>();
        private final Map<String, ChangeCause> ticketCauses = new HashMap<>();
        private final Map<String, ChangeCause> customers = new LinkedHashMap<>();
        private final Map<String, ChangeCause> companies = new LinkedHashMap<>();
        /**
         * The customers whose company may have moved with their tickets (one changed hands, was created, or
         * names another company); those whose tickets changed otherwise keep theirs, their rows unread.
         */
        private final Set<String> regrouped = new TreeSet<>();
        /**
         * Of the customers {@link #regrouped}, those a ticket that named one of their companies before the
         * batch no longer names the same way: their tickets' latest company must be read again.
         */
        private final Set<String> lostNaming = new HashSet<>();
        /** Of the customers {@link #regrouped}, the tickets that name one of their companies since the batch. */
        private final Map<String, List<Membership.TicketCompany>> gainedNaming = new HashMap<>();
        /** Of the companies a customer joined or left, those customers. */
        private final Map<String, Set<String>> moved = new HashMap<>();
        /** Of each ticket, the causes of the batch's events about it, in the batch's order. */
        private final Map<String, List<ChangeCause>> ticketEveryCause = new HashMap<>();
        /** Of each customer, the causes of the batch's events about its tickets: more than the one shown. */
        private final Map<String, List<ChangeCause>> everyCause = new HashMap<>();
        /** The cause of the batch's last event: what a change with no event of its own in the batch shows. */
        private ChangeCause lastCause;
        /** Whether the stored rows are being repaired, so that what they carry is not to be trusted. */
        private final boolean repairing;
        /** The earliest occurrence among the batch's events; {@code null} when folding again from the journal. */
        private Instant since;

        Fold(String tenant, ChangeCause cause, boolean repairing) {
            this.tenant = tenant;
            this.lastCause = cause;
            this.repairing = repairing;
        }

        StateChanged apply(List<HelpdeskEvent> events) {
            Map<String, List<TicketChange>> byTicket = new LinkedHashMap<>();
            Map<String, List<DirectoryEntry>> customerEntries = new LinkedHashMap<>();
            Map<String, List<DirectoryEntry>> companyEntries = new LinkedHashMap<>();
            Map<String, ChangeCause> directoryCauses = new HashMap<>();
            Set<String> named = new LinkedHashSet<>();
            Set<String> namedCompanies = new LinkedHashSet<>();
            Set<String> mergeTargets = new LinkedHashSet<>();
            Map<String, ChangeCause> everNamed = new LinkedHashMap<>();
            for (HelpdeskEvent event : events) {
                // To the millisecond, as event order and the history keep times: a late event within the latest
                // point's millisecond then reaches back to it.
                Instant occurred = event.header().occurredAt().truncatedTo(ChronoUnit.MILLIS);
                if (since == null || occurred.isBefore(since)) {
                    since = occurred;
                }
                ChangeCause cause = causeOf(event);
                lastCause = cause;
                if (event instanceof TicketEvent ticketEvent) {
                    byTicket.computeIfAbsent(ticketEvent.ticketId(), id -> new ArrayList<>()).add(ticketEvent.change());
                    ticketCauses.put(ticketEvent.ticketId(), cause);
                    ticketEveryCause.computeIfAbsent(ticketEvent.ticketId(), id -> new ArrayList<>()).add(cause);
                }
                if (event instanceof TicketCreated created) {
                    named.add(created.customerId());
                    everNamed.putIfAbsent(created.customerId(), cause);
                    namedCompanies.add(created.companyId());
                } else if (event instanceof TicketCustomerChanged moved) {
                    named.add(moved.customerId());
                    everNamed.putIfAbsent(moved.customerId(), cause);
                    namedCompanies.add(moved.companyId());
                } else if (event instanceof TicketMerged merged && merged.intoTicketId() != null) {
                    mergeTargets.add(merged.intoTicketId());
                } else if (event instanceof CustomerUpserted upserted) {
                    customerEntries.computeIfAbsent(upserted.customerId(), id -> new ArrayList<>()).add(upserted.entry());
                    directoryCauses.put(upserted.customerId(), cause);
                    named.add(upserted.customerId());
                    namedCompanies.add(upserted.companyId());
                } else if (event instanceof CompanyUpserted upserted) {
                    companyEntries.computeIfAbsent(upserted.companyId(), id -> new ArrayList<>()).add(upserted.entry());
                    namedCompanies.add(upserted.companyId());
                }
            }
            if (!byTicket.isEmpty()) {
                foldTickets(byTicket, mergeTargets);
            }
            settleCustomers(named, regrouped, customerEntries, directoryCauses, namedCompanies, false);
            namedCompanies.addAll(companyEntries.keySet());
            namedCompanies.remove(null);
            describeCompanies(namedCompanies, companyEntries, false);
            // A customer a ticket named for a while has that while in its history, even when the ticket is not
            // its own now (created for it, moved away since, the move arriving first).
            everNamed.forEach(customers::putIfAbsent);
            return new StateChanged(tenant, customers, companies, false, since, moved, everyCause);
        }

        private void foldTickets(Map<String, List<TicketChange>> byTicket, Set<String> mergeTargets) {
            Set<String> touched = new TreeSet<>(byTicket.keySet());
            touched.addAll(mergeTargets);
            load(touched);
            Map<String, TicketState> before = new HashMap<>();
            touched.forEach(id -> before.put(id, states.get(id)));
            Set<String> again = new TreeSet<>();
            byTicket.forEach((id, changes) -> {
                changes.sort(Comparator.comparing(TicketChange::order));
                TicketState state = states.get(id);
                if (state.isExtendedBy(changes.get(0))) {
                    for (TicketChange change : changes) {
                        // The same event twice in a batch is folded once.
                        if (state.isExtendedBy(change)) {
                            state = state.apply(change);
                        }
                    }
                    states.put(id, state);
                } else {
                    again.add(id);
                }
            });
            if (!again.isEmpty()) {
                refold(again);
            }
            settle(touched, before);
        }

        StateChanged refoldTickets(Collection<String> ids) {
            Set<String> touched = new TreeSet<>(ids);
            load(touched);
            Map<String, TicketState> before = new HashMap<>();
            touched.forEach(id -> before.put(id, states.get(id)));
            refold(touched);
            settle(touched, before);
            // Rows being repaired may name a company their tickets no longer give: all their customers are settled.
            settleCustomers(Set.of(), customers.keySet(), Map.of(), Map.of(), new LinkedHashSet<>(), false);
            return new StateChanged(tenant, customers, companies, false, since, moved, everyCause);
        }

        StateChanged settleFamilies(Collection<String> ids) {
            Set<String> touched = new TreeSet<>(ids);
            load(touched);
            Map<String, TicketState> before = new HashMap<>();
            touched.forEach(id -> before.put(id, states.get(id)));
            settle(touched, before);
            return new StateChanged(tenant, customers, companies, false, since, moved, everyCause);
        }

        StateChanged refoldDirectory(Collection<String> customerIds, Collection<String> companyIds) {
            Map<String, List<DirectoryEntry>> customerEntries = new HashMap<>();
            Map<String, List<DirectoryEntry>> companyEntries = new HashMap<>();
            Set<String> subjects = new TreeSet<>(customerIds);
            subjects.addAll(companyIds);
            for (HelpdeskEvent event : journal.aboutSubjects(tenant, subjects)) {
                if (event instanceof CustomerUpserted upserted && customerIds.contains(upserted.customerId())) {
                    customerEntries.computeIfAbsent(upserted.customerId(), id -> new ArrayList<>()).add(upserted.entry());
                } else if (event instanceof CompanyUpserted upserted && companyIds.contains(upserted.companyId())) {
                    companyEntries.computeIfAbsent(upserted.companyId(), id -> new ArrayList<>()).add(upserted.entry());
                }
            }
            Set<String> namedCompanies = new LinkedHashSet<>(companyIds);
            settleCustomers(new LinkedHashSet<>(customerIds), Set.of(), customerEntries, Map.of(), namedCompanies, true);
            namedCompanies.remove(null);
            describeCompanies(namedCompanies, companyEntries, true);
            return new StateChanged(tenant, customers, companies, false, since, moved, everyCause);
        }

        /**
         * Folds the tickets {@code ids}, loaded, from all their journal events. Every customer a ticket belonged
         * to is noted: an event from before the ticket changed hands changes its owner's history then.
         */
        private void refold(Set<String> ids) {
            Map<String, List<TicketChange>> all = new HashMap<>();
            for (HelpdeskEvent event : journal.aboutTickets(tenant, ids)) {
                TicketEvent ticketEvent = (TicketEvent) event;
                all.computeIfAbsent(ticketEvent.ticketId(), id -> new ArrayList<>()).add(ticketEvent.change());
                if (event instanceof TicketCreated created) {
                    customer(created.customerId(), ticketCauses.get(created.ticketId()));
                } else if (event instanceof TicketCustomerChanged moved) {
                    customer(moved.customerId(), ticketCauses.get(moved.ticketId()));
                }
            }
            ids.forEach(id -> states.put(id, TicketState.fold(id, all.getOrDefault(id, List.of()))));
        }

        /**
         * Keeps the states of {@code touched}, loaded, with what every family they were ({@code before}) or
         * are part of carries, and notes whose scores may have moved.
         */
        private void settle(Set<String> touched, Map<String, TicketState> before) {
            // Every family a changed ticket was or is part of: its carried interactions may have moved.
            Set<String> members = new TreeSet<>(touched);
            before.values().stream().map(TicketState::mergedInto).filter(Objects::nonNull).forEach(members::add);
            load(members);
            Map<String, ChangeCause> familyCause = new HashMap<>();
            Set<String> family = new TreeSet<>();
            for (String member : members) {
                String root = rootOf(member);
                ChangeCause cause = ticketCauses.get(member);
                if (cause != null) {
                    familyCause.putIfAbsent(root, cause);
                }
                family.add(root);
            }
            Set<String> all = noDescendantCounts(touched, before, family) ? family : withDescendants(family);
            Map<String, TicketFamily.Carried> carried = TicketFamily.carried(all.stream().map(states::get).toList());
            for (String id : all) {
                Ticket row = tickets.get(id);
                String customerBefore = row.customerId();
                Membership.TicketCompany namingBefore = naming(row);
                Ticket.Kept kept = row.keep(states.get(id), carried.get(id));
                if (kept != Ticket.Kept.UNCHANGED) {
                    ChangeCause cause = ticketCauses.getOrDefault(id, familyCause.get(rootOf(id)));
                    customer(customerBefore, cause);
                    customer(row.customerId(), cause);
                    noteEveryCause(customerBefore, id);
                    noteEveryCause(row.customerId(), id);
                } else if (ticketCauses.containsKey(id)) {
                    // An event that leaves the ticket as it is now may still change its past (a status superseded
                    // by a later one, arriving late): its customer's history is derived again all the same.
                    customer(row.customerId(), ticketCauses.get(id));
                    noteEveryCause(row.customerId(), id);
                }
                if (kept == Ticket.Kept.NAMING) {
                    Stream.of(customerBefore, row.customerId()).filter(Objects::nonNull).forEach(regrouped::add);
                    if (namingBefore != null) {
                        lostNaming.add(customerBefore);
                    }
                    Membership.TicketCompany namingNow = naming(row);
                    if (namingNow != null) {
                        gainedNaming.computeIfAbsent(row.customerId(), customer -> new ArrayList<>()).add(namingNow);
                    }
                }
            }
        }

        /** The company {@code row} names for its customer's {@link Membership}, or null when it names none for one. */
        private Membership.TicketCompany naming(Ticket row) {
            return row.opened() && row.customerId() != null && row.companyId() != null
                    ? new Membership.TicketCompany(row.id(), row.createdAt(), row.companyId()) : null;
        }

        /**
         * Whether the tickets merged into those of {@code family}, the roots of {@code touched}, add nothing to
         * what they carry, so that reading them would change nothing: when no ticket of the batch was or is
         * merged, none of them moved, and each root's row carries only its own. Then the batch needs not ask
         * which tickets were merged into them. Never while repairing: a damaged row's word is not taken.
         */
        private boolean noDescendantCounts(Set<String> touched, Map<String, TicketState> before, Set<String> family) {
            if (repairing) {
                return false;
            }
            for (String id : touched) {
                TicketState was = before.get(id);
                if (was.merged() || states.get(id).merged()) {
                    return false;
                }
            }
            return family.stream().allMatch(id -> tickets.get(id).carriesOnlyItsOwn());
        }

        /** The ticket {@code id} ends up in by following merges, stopping at a circle. */
        private String rootOf(String id) {
            Set<String> seen = new HashSet<>();
            String current = id;
            while (seen.add(current)) {
                TicketState state = states.get(current);
                if (state == null || !state.merged() || state.mergedInto() == null) {
                    return current;
                }
                load(List.of(state.mergedInto()));
                current = state.mergedInto();
            }
            return current;
        }

        /** Whether {@code state} is merged into one of {@code parents}; a ticket merged away into none is not. */
        private static boolean mergedIntoOneOf(TicketState state, Set<String> parents) {
            return state.merged() && state.mergedInto() != null && parents.contains(state.mergedInto());
        }

        /** {@code roots} and every ticket merged into them, directly or down a chain, all loaded. */
        private Set<String> withDescendants(Set<String> roots) {
            Set<String> all = new TreeSet<>(roots);
            Set<String> level = new TreeSet<>(roots);
            while (!level.isEmpty()) {
                Set<String> next = new TreeSet<>(ticketRows.mergedInto(tenant, level));
                // Rows changed in this batch may have moved into or out of the family since they were stored.
                Set<String> parents = level;
                states.forEach((id, state) -> {
                    if (mergedIntoOneOf(state, parents)) {
                        next.add(id);
                    }
                });
                next.removeIf(id -> {
                    TicketState state = states.get(id);
                    return state != null && !mergedIntoOneOf(state, parents);
                });
                next.removeAll(all);
                load(next);
                all.addAll(next);
                level = next;
            }
            return all;
        }

        /** Reads and locks the rows of {@code ids} not read yet, in id order; a ticket without one gets one. */
        private void load(Collection<String> ids) {
            Set<String> missing = new TreeSet<>();
            ids.stream().filter(id -> id != null && !tickets.containsKey(id)).forEach(missing::add);
            tickets.putAll(ticketRows.lockedOrCreated(tenant, missing));
            missing.forEach(id -> states.putIfAbsent(id, tickets.get(id).state()));
        }

        /**
         * Settles the customers {@code named} and {@code regrouped} (whose tickets changed what their company
         * follows): their latest directory entry (the stored one and {@code entries}, or, {@code again},
         * {@code entries} alone: all the journal holds) and their company.
         */
        private void settleCustomers(Set<String> named, Collection<String> regrouped,
                                     Map<String, List<DirectoryEntry>> entries, Map<String, ChangeCause> causes,
                                     Set<String> namedCompanies, boolean again) {
            Set<String> ids = new TreeSet<>();
            named.stream().filter(Objects::nonNull).forEach(ids::add);
            ids.addAll(regrouped);
            if (ids.isEmpty()) {
                return;
            }
            Map<String, Customer> rows;
            if (repairing) {
                // A customer known only from a row being repaired may have no row, and is not given one.
                rows = customerRows.lockedByIds(tenant, ids);
                Set<String> unknown = new TreeSet<>();
                named.stream().filter(id -> id != null && !rows.containsKey(id)).forEach(unknown::add);
                rows.putAll(customerRows.lockedOrCreated(tenant, unknown));
            } else {
                // Every customer a ticket named was given a row when it was named.
                rows = customerRows.lockedOrCreated(tenant, ids);
            }
            Map<String, DirectoryEntry> latest = new LinkedHashMap<>();
            for (String id : ids) {
                if (!rows.containsKey(id) && !named.contains(id)) {
                    // Known only as what a row held before it was folded again: no event ever named it.
                    customers.remove(id);
                    continue;
                }
                Customer customer = rows.get(id);
                DirectoryEntry entry = again ? null : customer.entry();
                for (DirectoryEntry candidate : entries.getOrDefault(id, List.of())) {
                    entry = DirectoryEntry.later(entry, candidate);
                }
                latest.put(id, entry);
            }
            // Companies known without reading the customers' tickets, null among them.
            Map<String, String> known = new HashMap<>();
            List<String> unread = new ArrayList<>();
            for (Map.Entry<String, DirectoryEntry> settled : latest.entrySet()) {
                if (settled.getValue() == null || settled.getValue().companyId() == null) {
                    String id = settled.getKey();
                    if (!again && companyKnown(rows.get(id))) {
                        known.put(id, knownCompany(rows.get(id)));
                    } else {
                        unread.add(id);
                    }
                }
            }
            Map<String, List<Membership.TicketCompany>> ticketCompanies = latestTicketCompanies(unread);
            for (Map.Entry<String, DirectoryEntry> settled : latest.entrySet()) {
                String id = settled.getKey();
                DirectoryEntry entry = settled.getValue();
                Customer customer = rows.get(id);
                ChangeCause cause = causes.getOrDefault(id, customers.get(id));
                if (entry != null && !entry.equals(customer.entry())) {
                    customer.describe(entry);
                    customer(id, cause);
                }
                String before = customer.companyId();
                String company = known.containsKey(id) ? known.get(id)
                        : Membership.companyOf(entry, ticketCompanies.getOrDefault(id, List.of()));
                if (customer.belongTo(company)) {
                    customer(id, cause);
                    company(before, cause);
                    // It gains a member whether or not the customer's score moves.
                    company(company, cause);
                    for (String changed : Arrays.asList(before, company)) {
                        if (changed != null) {
                            moved.computeIfAbsent(changed, key -> new TreeSet<>()).add(id);
                        }
                    }
                }
                if (!Objects.equals(company, before)) {
                    // A company a customer already belonged to has its row.
                    namedCompanies.add(company);
                }
            }
        }

        /**
         * Whether the company of {@code customer} (its row as stored before the batch, its latest directory
         * entry naming none) follows from what the batch did to its tickets, with no read: when the batch only
         * gave it tickets naming a company, and these name its stored company or it had none. Not when a
         * ticket that named its company no longer does so the same way, when its stored company came from a
         * directory entry, or while the stored rows are being repaired.
         */
        private boolean companyKnown(Customer customer) {
            if (repairing || lostNaming.contains(customer.id())
                    || customer.entry() != null && customer.entry().companyId() != null) {
                return false;
            }
            return customer.companyId() == null || gainedNaming.getOrDefault(customer.id(), List.of()).stream()
                    .allMatch(ticket -> ticket.companyId().equals(customer.companyId()));
        }

        /**
         * The company of {@code customer}, {@linkplain #companyKnown known}: the latest of its gained tickets'
         * when none of its tickets named one before (its stored company follows its tickets), else its own.
         */
        private String knownCompany(Customer customer) {
            return customer.companyId() == null
                    ? Membership.companyOf(null, gainedNaming.getOrDefault(customer.id(), List.of()))
                    : customer.companyId();
        }

        /**
         * The latest-created opened tickets naming a company of each of {@code customerIds}: all that
         * {@link Membership} needs of a customer whose directory entry names none. Ties on the time are all
         * read and broken by the rule.
         */
        private Map<String, List<Membership.TicketCompany>> latestTicketCompanies(Collection<String> customerIds) {
            Map<String, List<Membership.TicketCompany>> found = new HashMap<>();
            for (Ticket ticket : ticketRows.latestNamingCompany(tenant, customerIds)) {
                found.computeIfAbsent(ticket.customerId(), id -> new ArrayList<>())
                        .add(new Membership.TicketCompany(ticket.id(), ticket.createdAt(), ticket.companyId()));
            }
            return found;
        }

        private void describeCompanies(Set<String> ids, Map<String, List<DirectoryEntry>> entries, boolean again) {
            if (ids.isEmpty()) {
                return;
            }
            // Only companies described anew are locked; any other need only exist. Locking the company of every
            // customer a batch touches would make all events about a company's customers wait for each other.
            Set<String> described = new TreeSet<>(ids);
            if (!again) {
                described.retainAll(entries.keySet());
            }
            Set<String> named = new TreeSet<>(ids);
            named.removeAll(described);
            companyRows.createMissing(tenant, named);
            Map<String, Company> rows = companyRows.lockedOrCreated(tenant, described);
            for (String id : described) {
                Company company = rows.get(id);
                DirectoryEntry entry = again ? null : company.entry();
                for (DirectoryEntry candidate : entries.getOrDefault(id, List.of())) {
                    entry = DirectoryEntry.later(entry, candidate);
                }
                if (entry != null && !entry.equals(company.entry())) {
                    company.describe(entry);
                }
            }
        }

        private void customer(String id, ChangeCause cause) {
            if (id != null) {
                customers.put(id, cause == null ? lastCause : cause);
            }
        }

        /** Notes for {@code customerId} the causes of the batch's events about {@code ticketId}. */
        private void noteEveryCause(String customerId, String ticketId) {
            if (customerId == null) {
                return;
            }
            List<ChangeCause> noted = everyCause.computeIfAbsent(customerId, id -> new ArrayList<>());
            for (ChangeCause cause : ticketEveryCause.getOrDefault(ticketId, List.of())) {
                if (!noted.contains(cause)) {
                    noted.add(cause);
                }
            }
        }

        private void company(String id, ChangeCause cause) {
            if (id != null) {
                companies.put(id, cause == null ? lastCause : cause);
            }
        }
    }

    private static ChangeCause causeOf(HelpdeskEvent event) {
        return event.cause();
    }
}
