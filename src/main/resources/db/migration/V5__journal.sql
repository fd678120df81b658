-- Every accepted event is kept, append-only: the journal. The state of tickets, customers and companies
-- is a fold of it, and the stored rows are caches of that fold, kept current event by event. Events of
-- one ticket are read with one statement by ticket_id; directory events by subject_id, the customer or
-- company they describe; occurred_at serves retention and history. Secondary indexes leave the tenant
-- out: on a table too new to have statistics, a planner takes any index holding tenant_id for a cheap
-- way to a few rows and scans all of a tenant's events through it on every lookup by id (seen with
-- PostgreSQL in the first minute of a replay); ids rarely repeat across tenants, so the heap check of
-- the tenant costs nothing.

CREATE TABLE ${prefix}journal (
    tenant_id    VARCHAR(64)  NOT NULL,
    source       VARCHAR(255) NOT NULL,
    event_id     VARCHAR(128) NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    ticket_id    VARCHAR(128),
    subject_id   VARCHAR(128),
    occurred_at  BIGINT       NOT NULL,
    received_at  BIGINT       NOT NULL,
    data         ${text}      NOT NULL,
    PRIMARY KEY (event_id, source, tenant_id)
);
CREATE INDEX ${prefix}journal_ticket ON ${prefix}journal (ticket_id);
CREATE INDEX ${prefix}journal_subject ON ${prefix}journal (subject_id);
CREATE INDEX ${prefix}journal_time ON ${prefix}journal (occurred_at);

-- Events that waited for their ticket are journal events like any other.
INSERT INTO ${prefix}journal (tenant_id, source, event_id, event_type, ticket_id, subject_id, occurred_at, received_at, data)
    SELECT tenant_id, source, event_id, event_type, ticket_id, NULL, occurred_at, occurred_at, data
    FROM ${prefix}pending_event;
-- Events processed before the journal existed are known by their ids only: kept, so a redelivery stays a
-- duplicate, as 'seen:<type>' with no ticket or subject, so no fold reads them. What they did is in the
-- baselines the next migration writes.
INSERT INTO ${prefix}journal (tenant_id, source, event_id, event_type, ticket_id, subject_id, occurred_at, received_at, data)
    SELECT e.tenant_id, e.source, e.event_id, CONCAT('seen:', e.event_type), NULL, NULL, e.occurred_at, e.received_at, '{}'
    FROM ${prefix}processed_event e
    WHERE NOT EXISTS (SELECT 1 FROM ${prefix}pending_event p
                      WHERE p.event_id = e.event_id AND p.source = e.source AND p.tenant_id = e.tenant_id);
DROP TABLE ${prefix}pending_event;
DROP TABLE ${prefix}processed_event;

-- A ticket row is the cached fold of its events: its own state, what it carries of the tickets merged
-- into it, and the last event folded in (applied_*), after which an event in order extends the cache.
ALTER TABLE ${prefix}ticket ADD opened BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE ${prefix}ticket ADD merged BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ${prefix}ticket ADD merged_into VARCHAR(128);
ALTER TABLE ${prefix}ticket ADD deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ${prefix}ticket ADD escalation VARCHAR(64);
ALTER TABLE ${prefix}ticket ADD own_interactions INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}ticket ADD own_handled_at BIGINT;
ALTER TABLE ${prefix}ticket ADD handled_at BIGINT;
ALTER TABLE ${prefix}ticket ADD applied_at BIGINT;
ALTER TABLE ${prefix}ticket ADD applied_event VARCHAR(128);
ALTER TABLE ${prefix}ticket ADD applied_source VARCHAR(255);
UPDATE ${prefix}ticket SET opened = FALSE WHERE customer_id IS NULL;
UPDATE ${prefix}ticket SET deleted = TRUE WHERE counted = FALSE AND customer_id IS NOT NULL;
UPDATE ${prefix}ticket SET own_interactions = interactions;
ALTER TABLE ${prefix}ticket DROP COLUMN customer_since;
ALTER TABLE ${prefix}ticket DROP COLUMN status_at;
CREATE INDEX ${prefix}ticket_merged_into ON ${prefix}ticket (merged_into);
-- For the reason the journal's indexes leave the tenant out, so do those of tickets and customers now:
-- locking a batch's tickets by id went through the customer index, scanning all of a tenant's tickets.
DROP INDEX ${prefix}ticket_customer${on_ticket};
CREATE INDEX ${prefix}ticket_customer ON ${prefix}ticket (customer_id);
DROP INDEX ${prefix}ticket_activity${on_ticket};
CREATE INDEX ${prefix}ticket_activity ON ${prefix}ticket (last_activity_at);
DROP INDEX ${prefix}customer_company${on_customer};
CREATE INDEX ${prefix}customer_company ON ${prefix}customer (company_id);

-- A customer's or company's row holds the latest directory entry by event order, and a customer's
-- company as the membership rule derives it from that entry and the customer's tickets.
ALTER TABLE ${prefix}customer ADD entry_at BIGINT;
ALTER TABLE ${prefix}customer ADD entry_event VARCHAR(128);
ALTER TABLE ${prefix}customer ADD entry_source VARCHAR(255);
ALTER TABLE ${prefix}customer ADD entry_company_id VARCHAR(128);
ALTER TABLE ${prefix}company ADD entry_at BIGINT;
ALTER TABLE ${prefix}company ADD entry_event VARCHAR(128);
ALTER TABLE ${prefix}company ADD entry_source VARCHAR(255);

-- Rebuilding a tenant's state from its journal, one row per tenant: where it is (phase, and the last
-- id done in it), how far (done of total), so it goes on where it stopped when the server restarts.
CREATE TABLE ${prefix}rebuild (
    tenant_id     VARCHAR(64)  NOT NULL,
    requested_at  BIGINT       NOT NULL,
    requested_by  VARCHAR(255) NOT NULL,
    phase         VARCHAR(16)  NOT NULL,
    cursor_id     VARCHAR(128),
    done          INTEGER      NOT NULL,
    total         INTEGER      NOT NULL,
    started_at    BIGINT,
    finished_at   BIGINT,
    PRIMARY KEY (tenant_id)
);
