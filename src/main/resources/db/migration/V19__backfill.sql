-- A helpdesk's history read into the plugin: one row per backfill an admin started. Where to read it
-- (kind, base_url, user_name and the token, which is cleared once the backfill ends), what its events are
-- called (source), how fast the helpdesk may be asked (requests_per_minute), and how far it has come: the
-- cursor after the last page whose events are stored, with the counts so far. A server works on a
-- backfill while it holds its lease, so a server that died lets it go when the lease ends and another, or
-- the same one started again, goes on from the cursor. A backfill the helpdesk asked to wait (a 429) is
-- taken up again at wait_until. running_millis counts the time spent reading, not waiting, for the rates.
-- going_key names the tenant, kind and source (a SHA-256, in hex) while the backfill goes on and is empty once
-- it ended: its unique index lets one backfill of a helpdesk and source go at a time, even when two admins
-- start one at the same moment on two servers.
CREATE TABLE ${prefix}backfill_job (
    tenant_id            VARCHAR(64)   NOT NULL,
    job_id               VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    base_url             VARCHAR(2048) NOT NULL,
    user_name            VARCHAR(255),
    token                VARCHAR(1024),
    source               VARCHAR(255)  NOT NULL,
    since                BIGINT,
    requests_per_minute  INTEGER       NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    cursor_text          ${text},
    pages                BIGINT        NOT NULL,
    tickets_read         BIGINT        NOT NULL,
    tickets_total        BIGINT,
    events_read          BIGINT        NOT NULL,
    accepted             BIGINT        NOT NULL,
    duplicates           BIGINT        NOT NULL,
    rejected             BIGINT        NOT NULL,
    running_millis       BIGINT        NOT NULL,
    message              VARCHAR(1000),
    started_by           VARCHAR(255)  NOT NULL,
    started_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL,
    finished_at          BIGINT,
    wait_until           BIGINT,
    lease_owner          VARCHAR(64),
    lease_until          BIGINT,
    going_key            VARCHAR(64),
    PRIMARY KEY (job_id, tenant_id)
)${exact};
CREATE UNIQUE INDEX ${prefix}backfill_job_going ON ${prefix}backfill_job (going_key);
-- What is to be worked on, read by every server's look.
CREATE INDEX ${prefix}backfill_job_state ON ${prefix}backfill_job (state, tenant_id, job_id);
