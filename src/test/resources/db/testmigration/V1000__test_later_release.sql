-- Plays a later release's migration in VaultTest: it must run on an existing, filled journal.
ALTER TABLE contact ADD COLUMN test_later_release INT DEFAULT 7;
