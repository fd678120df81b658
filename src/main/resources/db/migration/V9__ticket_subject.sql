-- What a ticket is about, as its ticket.created says: shown by the agent view, never scored. Tickets
-- stored before it have none; their events did not carry one. On MariaDB and MySQL the column takes the
-- table's binary collation, which migration 8 made the table's default.
ALTER TABLE ${prefix}ticket ADD subject VARCHAR(255);
