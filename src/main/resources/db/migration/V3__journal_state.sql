-- A counter of committed changes. Every write transaction raises it; the authenticated state record beside the file
-- (journal.state) keeps the last value known to be on disk, so an older copy of the file, or one that H2 could read
-- only up to an older chunk, shows as fewer changes than the record and is reported as damage.
CREATE TABLE journal_state (
    id      INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    changes BIGINT NOT NULL CHECK (changes >= 0)
);
INSERT INTO journal_state (id, changes) VALUES (1, 1);
