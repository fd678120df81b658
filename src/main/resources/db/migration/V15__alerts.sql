-- Alerts, each raised in the transaction of the score move that caused it and kept with what it said
-- then: the subject's name, the scores and bands, the summary in words of no language (a text key and its
-- arguments, one per line) and the cause. Its state moves from open to acknowledged or resolved.
CREATE TABLE ${prefix}alert (
    tenant_id          VARCHAR(64)  NOT NULL,
    alert_id           VARCHAR(64)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    subject_type       VARCHAR(16)  NOT NULL,
    subject_id         VARCHAR(128) NOT NULL,
    subject_name       VARCHAR(255),
    raised_at          BIGINT       NOT NULL,
    score              INTEGER,
    previous_score     INTEGER,
    band               VARCHAR(16)  NOT NULL,
    previous_band      VARCHAR(16)  NOT NULL,
    summary_key        VARCHAR(64)  NOT NULL,
    summary_arguments  ${text}      NOT NULL,
    cause_kind         VARCHAR(16)  NOT NULL,
    cause_reference    VARCHAR(255),
    state              VARCHAR(16)  NOT NULL,
    acknowledged_at    BIGINT,
    acknowledged_by    VARCHAR(255),
    resolved_at        BIGINT,
    PRIMARY KEY (alert_id, tenant_id)
);
-- A subject's alerts, for its cool-down and its resolution; the list by state, newest first.
CREATE INDEX ${prefix}alert_subject ON ${prefix}alert (tenant_id, subject_type, subject_id, raised_at);
CREATE INDEX ${prefix}alert_list ON ${prefix}alert (tenant_id, state, raised_at);

-- What the alerts remember of a subject's score: its moves of the last days (instant and score, one per
-- line), the highest a score drop is measured from.
CREATE TABLE ${prefix}alert_watch (
    tenant_id      VARCHAR(64)  NOT NULL,
    subject_type   VARCHAR(16)  NOT NULL,
    subject_id     VARCHAR(128) NOT NULL,
    recent_scores  ${text}      NOT NULL,
    PRIMARY KEY (subject_id, subject_type, tenant_id)
);
