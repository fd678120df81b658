-- Each tenant's own alert rules, saved from the alert settings page or api/v1/alerts/rules: every setting
-- as text (a JSON object of setting names to values), or none once the tenant went back to the configured
-- defaults. The version counts every save and every return to the defaults, so a change based on version n
-- is made only while the rules are still at n; saved_at and saved_by tell who made the latest change, when.
-- One row per tenant, read by its key for every batch of moved scores.
CREATE TABLE ${prefix}alert_rules (
    tenant_id  VARCHAR(64)  NOT NULL,
    version    INTEGER      NOT NULL,
    settings   ${text},
    saved_at   BIGINT       NOT NULL,
    saved_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (tenant_id)
)${exact};
