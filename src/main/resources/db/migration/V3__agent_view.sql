-- The agent view lists a tenant's tickets by their latest activity, newest first, a page at a time.

CREATE INDEX ${prefix}ticket_activity ON ${prefix}ticket (last_activity_at, tenant_id);
