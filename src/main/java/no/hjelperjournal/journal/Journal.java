package no.hjelperjournal.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An unlocked journal. Every method may block on disk I/O: call it from the background executor, never the FX thread.
 * A commit that a method returns from is on disk.
 */
public interface Journal extends AutoCloseable {

    /** Creates a contact; the case is found by label or created. Returns the new id. */
    long create(ContactData data, boolean draft);

    /** Replaces a contact's data; {@code draft == false} marks it as saved by the volunteer. */
    void update(long contactId, ContactData data, boolean draft);

    Optional<Contact> contact(long contactId);

    /** Contacts started on {@code day}, newest first, drafts included. */
    List<Contact> contactsOn(LocalDate day);

    /** Contacts of one case, oldest first. */
    List<Contact> contactsInCase(long caseId);

    /** Unfinished contacts, newest first: what the next unlock offers back. */
    List<Contact> drafts();

    /** Deletes a contact (used to discard an abandoned draft). */
    void delete(long contactId);

    /** Cases, most recently contacted first. */
    List<CaseFile> cases();

    /** Follow-ups not marked done, soonest first. */
    List<FollowUpItem> openFollowUps();

    void markFollowUpDone(long contactId);

    /** Core topics first, in taxonomy order, then the volunteer's own topics by label. */
    List<Topic> topics();

    /** Adds one of the volunteer's own topics, or returns the existing topic with that label. */
    Topic addOwnTopic(String label);

    /** Simple substring search over notes, case labels and follow-up text; newest first. */
    List<Contact> search(String text, int limit);

    /** Adds all contacts in one transaction: either all are stored or none is. Returns how many. */
    int importAll(List<ContactData> contacts);

    /** Records that a red-flag referral banner was shown during a contact. */
    void recordFlag(long contactId, String flagId);

    Set<String> flags(long contactId);

    void pinSnippet(long contactId, String snippetId);

    void unpinSnippet(long contactId, String snippetId);

    Set<String> pinnedSnippets(long contactId);

    /** Runs the database's consistency checks and counts rows; throws {@link JournalException} when unsound. */
    JournalCounts verify();

    /** Forces everything saved so far to disk and records it, so that a later, older copy is told apart. */
    void checkpoint();

    /** How many changes have been committed since the journal was made. */
    long changes();

    /**
     * Writes an encrypted backup to {@code target} (opened later with the passphrase current now), reopens it
     * read-only and reads it whole before moving it into place; returns what it holds.
     */
    JournalCounts backup(java.nio.file.Path target);

    /** Writes everything to disk and closes the database cleanly. */
    @Override
    void close();
}
