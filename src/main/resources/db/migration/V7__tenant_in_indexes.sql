-- Ids repeat across tenants: helpdesks number tickets and customers from 1 in every account. Indexes on
-- an id alone made every lookup by ticket, customer, company or merge target read the rows of all
-- tenants with that id and drop the others' after fetching them, so one tenant's reads grew with the
-- size of every other's. The tenant follows the id, so a lookup stays within its tenant's index entries
-- while the id, the selective part, still leads.
DROP INDEX ${prefix}journal_ticket${on_journal};
CREATE INDEX ${prefix}journal_ticket ON ${prefix}journal (ticket_id, tenant_id);
DROP INDEX ${prefix}journal_subject${on_journal};
CREATE INDEX ${prefix}journal_subject ON ${prefix}journal (subject_id, tenant_id);
DROP INDEX ${prefix}ticket_merged_into${on_ticket};
CREATE INDEX ${prefix}ticket_merged_into ON ${prefix}ticket (merged_into, tenant_id);
DROP INDEX ${prefix}ticket_customer${on_ticket};
CREATE INDEX ${prefix}ticket_customer ON ${prefix}ticket (customer_id, tenant_id);
DROP INDEX ${prefix}customer_company${on_customer};
CREATE INDEX ${prefix}customer_company ON ${prefix}customer (company_id, tenant_id);
