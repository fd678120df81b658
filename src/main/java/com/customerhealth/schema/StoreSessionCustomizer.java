package com.customerhealth.schema;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points the persistence unit at the configured store before it connects: the datasource
 * {@code chm.store.datasource} and the table prefix {@code chm.store.table-prefix}, which persistence.xml
 * cannot take from configuration. Named in persistence.xml.
 */
public class StoreSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) throws NamingException {
        StoreLocation location = StoreLocation.configured();
        if (!StoreLocation.RUNTIME_DEFAULT.equals(location.dataSource())) {
            useDataSource(session, InitialContext.doLookup(location.dataSource()));
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && descriptor.getTableName() != null) {
                descriptor.setTableName(location.tablePrefix() + descriptor.getTableName());
            }
        }
    }

    /** The container's datasource serves writes in transactions and reads outside them alike. */
    private static void useDataSource(Session session, DataSource dataSource) {
        ((DatasourceLogin) session.getDatasourceLogin()).setConnector(new JNDIConnector(dataSource));
        if (session instanceof ServerSession server
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin pooled) {
            DatasourceLogin read = (DatasourceLogin) pooled.clone();
            read.setConnector(new JNDIConnector(dataSource));
            server.getReadConnectionPool().setLogin(read);
        }
    }
}
