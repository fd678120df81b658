package com.customerhealth.backfill;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every kind of helpdesk whose history the plugin can read, by its kind. */
@ApplicationScoped
public class HelpdeskHistories {

    @Inject
    @Any
    Instance<HelpdeskHistory> found;

    private final Map<String, HelpdeskHistory> byKind = new TreeMap<>();

    @PostConstruct
    void collect() {
        found.forEach(history -> {
            HelpdeskHistory other = byKind.putIfAbsent(history.kind(), history);
            if (other != null) {
                throw new IllegalStateException("Two readers of kind " + history.kind() + ": " + other.getClass().getName()
                        + " and " + history.getClass().getName());
            }
        });
    }

    /** The kinds, in their names' order, each with its reader. */
    public Map<String, HelpdeskHistory> all() {
        return Map.copyOf(byKind).entrySet().stream().collect(TreeMap::new, (map, entry) -> map.put(entry.getKey(),
                entry.getValue()), Map::putAll);
    }

    /** The reader of {@code kind}. */
    public Optional<HelpdeskHistory> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
