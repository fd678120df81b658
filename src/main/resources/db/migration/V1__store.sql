-- The plugin's store, beside the helpdesk's own tables: every name carries ${prefix}, every row a tenant.
-- Instants are BIGINT milliseconds since the epoch; ${text} is the database's unbounded text type.
-- Keys lead with the helpdesk's id, not the tenant: reads ask for a list of ids of one tenant, and with
-- the id first every database uses the index for them, whatever its statistics say about the tenant.

CREATE TABLE ${prefix}customer (
    tenant_id   VARCHAR(64)  NOT NULL,
    id          VARCHAR(128) NOT NULL,
    name        VARCHAR(255),
    email       VARCHAR(320),
    company_id  VARCHAR(128),
    updated_at  BIGINT       NOT NULL,
    PRIMARY KEY (id, tenant_id)
);
CREATE INDEX ${prefix}customer_company ON ${prefix}customer (company_id, tenant_id);

CREATE TABLE ${prefix}company (
    tenant_id   VARCHAR(64)  NOT NULL,
    id          VARCHAR(128) NOT NULL,
    name        VARCHAR(255),
    updated_at  BIGINT       NOT NULL,
    PRIMARY KEY (id, tenant_id)
);

CREATE TABLE ${prefix}ticket (
    tenant_id         VARCHAR(64)  NOT NULL,
    id                VARCHAR(128) NOT NULL,
    customer_id       VARCHAR(128),
    customer_since    BIGINT       NOT NULL,
    company_id        VARCHAR(128),
    status            VARCHAR(16)  NOT NULL,
    status_at         BIGINT       NOT NULL,
    priority          VARCHAR(32),
    channel           VARCHAR(64),
    created_at        BIGINT       NOT NULL,
    interactions      INTEGER      NOT NULL,
    last_activity_at  BIGINT       NOT NULL,
    rating            DOUBLE PRECISION,
    rating_scale_min  DOUBLE PRECISION,
    rating_scale_max  DOUBLE PRECISION,
    rated_at          BIGINT,
    counted           BOOLEAN      NOT NULL,
    PRIMARY KEY (id, tenant_id)
);
CREATE INDEX ${prefix}ticket_customer ON ${prefix}ticket (customer_id, tenant_id);

CREATE TABLE ${prefix}customer_health (
    tenant_id          VARCHAR(64)  NOT NULL,
    customer_id        VARCHAR(128) NOT NULL,
    score              INTEGER,
    health             VARCHAR(16)  NOT NULL,
    explanation        ${text}      NOT NULL,
    tickets_in_window  INTEGER      NOT NULL,
    computed_at        BIGINT       NOT NULL,
    next_change_at     BIGINT,
    changed_at         BIGINT,
    previous_score     INTEGER,
    change_kind        VARCHAR(16),
    change_reference   VARCHAR(255),
    change_summary     VARCHAR(500),
    changed_parameters VARCHAR(255),
    PRIMARY KEY (customer_id, tenant_id)
);
CREATE INDEX ${prefix}customer_health_next_change ON ${prefix}customer_health (next_change_at);

CREATE TABLE ${prefix}company_health (
    tenant_id          VARCHAR(64)  NOT NULL,
    company_id         VARCHAR(128) NOT NULL,
    score              INTEGER,
    health             VARCHAR(16)  NOT NULL,
    mode               VARCHAR(32)  NOT NULL,
    members            ${text}      NOT NULL,
    computed_at        BIGINT       NOT NULL,
    changed_at         BIGINT,
    previous_score     INTEGER,
    change_kind        VARCHAR(16),
    change_reference   VARCHAR(255),
    change_summary     VARCHAR(500),
    changed_parameters VARCHAR(255),
    PRIMARY KEY (company_id, tenant_id)
);

CREATE TABLE ${prefix}configuration_version (
    tenant_id  VARCHAR(64)  NOT NULL,
    version    INTEGER      NOT NULL,
    saved_at   BIGINT       NOT NULL,
    saved_by   VARCHAR(255) NOT NULL,
    rules      ${text}      NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
