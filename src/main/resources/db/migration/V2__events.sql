-- Events seen, so a repeated delivery is recognised, and events waiting for a ticket not yet known.

CREATE TABLE ${prefix}processed_event (
    tenant_id    VARCHAR(64)  NOT NULL,
    source       VARCHAR(255) NOT NULL,
    event_id     VARCHAR(128) NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    occurred_at  BIGINT       NOT NULL,
    received_at  BIGINT       NOT NULL,
    PRIMARY KEY (event_id, source, tenant_id)
);

CREATE TABLE ${prefix}pending_event (
    tenant_id    VARCHAR(64)  NOT NULL,
    source       VARCHAR(255) NOT NULL,
    event_id     VARCHAR(128) NOT NULL,
    ticket_id    VARCHAR(128) NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    occurred_at  BIGINT       NOT NULL,
    data         ${text}      NOT NULL,
    PRIMARY KEY (event_id, source, tenant_id)
);
CREATE INDEX ${prefix}pending_event_ticket ON ${prefix}pending_event (ticket_id, tenant_id);
