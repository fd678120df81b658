-- Where a tenant's alerts are sent: a webhook (a URL and the secret its requests are signed with) or an
-- e-mail address that receives a digest per interval; which kinds it wants (comma-separated, empty: all).
CREATE TABLE ${prefix}alert_subscription (
    tenant_id        VARCHAR(64)   NOT NULL,
    subscription_id  VARCHAR(64)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    target           VARCHAR(2048) NOT NULL,
    secret           VARCHAR(255),
    kinds            VARCHAR(255)  NOT NULL,
    description      VARCHAR(255),
    language         VARCHAR(16),
    enabled          BOOLEAN       NOT NULL,
    created_at       BIGINT        NOT NULL,
    created_by       VARCHAR(255),
    updated_at       BIGINT        NOT NULL,
    PRIMARY KEY (subscription_id, tenant_id)
)${exact};

-- The outbox: one row per message and subscription, written in the transaction that raised or resolved the
-- alert, so a message exists exactly when its change does. The message is kept as it will be sent. A row is
-- pending until delivered or given up (failed); a sender holds it while it tries (lease_until), so a sender
-- that died lets it go when the lease ends.
CREATE TABLE ${prefix}alert_delivery (
    tenant_id        VARCHAR(64)   NOT NULL,
    delivery_id      VARCHAR(64)   NOT NULL,
    subscription_id  VARCHAR(64)   NOT NULL,
    event_id         VARCHAR(128)  NOT NULL,
    event_type       VARCHAR(64)   NOT NULL,
    alert_id         VARCHAR(64),
    payload          ${text}       NOT NULL,
    created_at       BIGINT        NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  BIGINT,
    lease_until      BIGINT,
    lease_owner      VARCHAR(64),
    last_attempt_at  BIGINT,
    last_status      INTEGER,
    last_error       VARCHAR(500),
    finished_at      BIGINT,
    PRIMARY KEY (delivery_id, tenant_id)
)${exact};
-- What is due and for whom, read from the index alone by the senders' every look; what is due of one
-- subscription, in order, without reading another's backlog; a subscription's log, newest first.
CREATE INDEX ${prefix}alert_delivery_due ON ${prefix}alert_delivery (state, next_attempt_at, tenant_id, subscription_id);
CREATE INDEX ${prefix}alert_delivery_queue ON ${prefix}alert_delivery (tenant_id, subscription_id, state, next_attempt_at);
CREATE INDEX ${prefix}alert_delivery_log ON ${prefix}alert_delivery (tenant_id, subscription_id, created_at);

-- Every attempt at a delivery: when, the receiver's status (none when it could not be reached), how long
-- it took, what went wrong.
CREATE TABLE ${prefix}alert_delivery_attempt (
    tenant_id     VARCHAR(64)  NOT NULL,
    delivery_id   VARCHAR(64)  NOT NULL,
    attempt       INTEGER      NOT NULL,
    attempted_at  BIGINT       NOT NULL,
    status        INTEGER,
    latency_ms    BIGINT       NOT NULL,
    error         VARCHAR(500),
    PRIMARY KEY (delivery_id, attempt, tenant_id)
)${exact};
