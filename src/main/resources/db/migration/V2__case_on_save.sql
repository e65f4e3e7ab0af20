-- A contact carries its case label itself. Only a saved contact files a case: an autosaved draft whose pseudonym is
-- still being typed ("Mor 4", "Mor 42", ...) used to leave a case behind for every keystroke that reached the disk.
ALTER TABLE contact ADD COLUMN case_label VARCHAR(200);
UPDATE contact c SET case_label = (SELECT f.label FROM case_file f WHERE f.id = c.case_id);
UPDATE contact SET case_id = NULL WHERE draft = TRUE;
-- Cases without contacts were only ever half-typed labels; the volunteer had no way to remove them.
DELETE FROM case_file f WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.case_id = f.id);

-- The call timer's state goes with the draft, so a crash brings it back as it was (elapsed is duration_secs).
ALTER TABLE contact ADD COLUMN timer_running BOOLEAN NOT NULL DEFAULT FALSE;
