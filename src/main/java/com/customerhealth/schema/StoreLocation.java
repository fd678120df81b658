package com.customerhealth.schema;

import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the plugin's tables are: the JNDI name of the datasource and the prefix of every table name.
 * Read from MicroProfile Config by code that JPA, not CDI, creates, so it takes the config itself.
 *
 * @param dataSource  JNDI name of the datasource, by default the runtime's own
 * @param tablePrefix prefix of every table, index and the migration history
 */
public record StoreLocation(String dataSource, String tablePrefix) {

    /** The datasource every Jakarta EE runtime has; the default. */
    public static final String RUNTIME_DEFAULT = "java:comp/DefaultDataSource";

    /** Lower-case letters, digits and underscores, so the name needs no quoting on any database. */
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    public StoreLocation {
        if (dataSource == null || dataSource.isBlank()) {
            throw new IllegalArgumentException("chm.store.datasource must name a datasource, such as jdbc/helpdesk");
        }
        if (tablePrefix == null || !PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("chm.store.table-prefix '" + tablePrefix
                    + "' must be a lower-case letter followed by up to 29 lower-case letters, digits or underscores");
        }
    }

    /** The location the application's configuration names. */
    public static StoreLocation configured() {
        Config config = ConfigProvider.getConfig(StoreLocation.class.getClassLoader());
        return new StoreLocation(
                config.getOptionalValue("chm.store.datasource", String.class).orElse(RUNTIME_DEFAULT),
                config.getOptionalValue("chm.store.table-prefix", String.class).orElse("chm_"));
    }
}
