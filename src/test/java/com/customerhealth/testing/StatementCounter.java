package com.customerhealth.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Records the SQL statements the persistence unit sends while a piece of work runs, to check how many
 * round trips a read costs. Statements of other requests in that time are recorded too, so callers filter
 * by what they look for; those of the plugin's own background tasks (the threads of the runtime's managed
 * executors and thread factories, named {@code concurrent/…}: the alert senders' looks at their outbox every
 * fraction of a second among them) are not, as no piece of work a test measures runs on them.
 */
@ApplicationScoped
public class StatementCounter {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The statements matching {@code filter} sent while {@code work} ran. */
    public List<String> statementsDuring(Runnable work, Predicate<String> filter) {
        Recording recording = start(filter);
        try {
            work.run();
        } finally {
            recording.stop();
        }
        return recording.statements();
    }

    /** Records the statements matching {@code filter} from now until the answer's {@link Recording#stop()}. */
    public Recording start(Predicate<String> filter) {
        Server server = em.unwrap(JpaEntityManager.class).getServerSession();
        Recording recording = new Recording(server, filter);
        server.getEventManager().addListener(recording);
        return recording;
    }

    /** How the runtime names the threads of its managed executors and thread factories. */
    private static final String BACKGROUND = "concurrent/";

    /** Statements recorded so far; stopping it leaves them readable. */
    public static final class Recording extends SessionEventAdapter {

        private final Server server;
        private final Predicate<String> filter;
        private final List<String> statements = new CopyOnWriteArrayList<>();

        private Recording(Server server, Predicate<String> filter) {
            this.server = server;
            this.filter = filter;
        }

        @Override
        public void preExecuteCall(SessionEvent event) {
            if (Thread.currentThread().getName().startsWith(BACKGROUND)) {
                return;
            }
            Call call = event.getCall();
            String sql = call instanceof DatabaseCall database ? database.getSQLString() : String.valueOf(call);
            if (sql != null && filter.test(sql)) {
                statements.add(sql);
            }
        }

        public void stop() {
            server.getEventManager().removeListener(this);
        }

        public List<String> statements() {
            return List.copyOf(statements);
        }
    }
}
