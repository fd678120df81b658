-- History in occurrence time: a point wherever a customer's or company's score, band, parameters or
-- tickets in the window changed, as the journal gives them at that instant (point_at, in epoch
-- milliseconds). Days are UTC days (point_day, days since the epoch). A chart's day points carry the last
-- point before each day's end forward, so only changes are kept. The portfolio's trend counts subjects by band at each day's end from the points that
-- end a day with another band than the day before (band_moved): counting those up is the band count.

-- The customer a ticket.created or ticket.customer_changed names: every ticket a customer ever had is
-- found by it, those that moved away since among them.
ALTER TABLE ${prefix}journal ADD customer_id VARCHAR(128);
CREATE INDEX ${prefix}journal_customer ON ${prefix}journal (customer_id, tenant_id);

CREATE TABLE ${prefix}score_point (
    tenant_id     VARCHAR(64)  NOT NULL,
    subject_kind  VARCHAR(8)   NOT NULL,
    subject_id    VARCHAR(128) NOT NULL,
    point_at      BIGINT       NOT NULL,
    point_day     INTEGER      NOT NULL,
    score         INTEGER,
    health        VARCHAR(16)  NOT NULL,
    tickets       INTEGER      NOT NULL,
    parameters    ${text},
    kind          VARCHAR(16)  NOT NULL,
    reference     VARCHAR(255),
    words         ${text},
    day_last      BOOLEAN      NOT NULL,
    band_before   VARCHAR(16),
    band_moved    BOOLEAN      NOT NULL,
    PRIMARY KEY (subject_id, subject_kind, tenant_id, point_at)
);
CREATE INDEX ${prefix}score_point_moves ON ${prefix}score_point (tenant_id, subject_kind, band_moved, point_day);
CREATE INDEX ${prefix}score_point_time ON ${prefix}score_point (point_at);

-- The score 7 and 30 days ago by the history, and the score now minus it, kept with the score now so a
-- list sorts by them in one query.
ALTER TABLE ${prefix}customer_health ADD score_7d_ago INTEGER;
ALTER TABLE ${prefix}customer_health ADD score_30d_ago INTEGER;
ALTER TABLE ${prefix}customer_health ADD delta7 INTEGER;
ALTER TABLE ${prefix}customer_health ADD delta30 INTEGER;
ALTER TABLE ${prefix}company_health ADD score_7d_ago INTEGER;
ALTER TABLE ${prefix}company_health ADD score_30d_ago INTEGER;
ALTER TABLE ${prefix}company_health ADD delta7 INTEGER;
ALTER TABLE ${prefix}company_health ADD delta30 INTEGER;
