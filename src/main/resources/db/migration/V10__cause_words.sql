-- A score's cause was kept as an English sentence only; pages in other languages need it in words of no
-- language: a text key and its arguments, as a JSON array. Rows from before keep their sentence alone.
ALTER TABLE ${prefix}customer_health ADD COLUMN change_words ${text};
ALTER TABLE ${prefix}company_health ADD COLUMN change_words ${text};
