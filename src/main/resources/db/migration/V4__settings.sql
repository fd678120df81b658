-- Settings saved from the settings page: a restored version says which one it restored, and each
-- tenant's recomputation of every score after a save shows its progress to every server instance.

ALTER TABLE ${prefix}configuration_version ADD restored_from INTEGER;

CREATE TABLE ${prefix}rescoring (
    tenant_id    VARCHAR(64) NOT NULL,
    version      INTEGER     NOT NULL,
    total        INTEGER     NOT NULL,
    done         INTEGER     NOT NULL,
    started_at   BIGINT      NOT NULL,
    finished_at  BIGINT,
    PRIMARY KEY (tenant_id)
);
