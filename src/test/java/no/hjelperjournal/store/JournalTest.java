package no.hjelperjournal.store;

import static no.hjelperjournal.support.TestData.contact;
import static no.hjelperjournal.support.TestData.passphrase;
import static no.hjelperjournal.support.TestData.withFollowUp;
import static no.hjelperjournal.support.TestData.withNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hjelperjournal.journal.Contact;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.TextCleaner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private Journal journal;

    @BeforeEach
    void open() {
        journal = new H2Vault(dir, KdfParams.FOR_TESTS).create(passphrase());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Journal reopen() {
        journal.close();
        journal = new H2Vault(dir, KdfParams.FOR_TESTS).open(passphrase());
        return journal;
    }

    @Test
    void aSavedContactComesBackWithAllItsFields() {
        var data = withFollowUp(
                contact("Mor, baby 3 uker", "Vondt i høyre bryst, 38,9 i feber.", "mastitis", "oversupply"),
                LocalDate.of(2026, 11, 28),
                "ringe og høre hvordan det går");
        var id = journal.create(data, false);
        var back = reopen().contact(id).orElseThrow();
        assertThat(back.draft()).isFalse();
        assertThat(back.data()).isEqualTo(data);
        assertThat(journal.openFollowUps()).singleElement().satisfies(f -> {
            assertThat(f.caseLabel()).isEqualTo("Mor, baby 3 uker");
            assertThat(f.followUp().text()).isEqualTo("ringe og høre hvordan det går");
        });
    }

    @Test
    void contactsWithTheSameCaseLabelShareOneCase() {
        journal.create(contact("Mor B", "første"), false);
        journal.create(contact("Mor B", "andre"), false);
        journal.create(contact("Mor K", "tredje"), false);
        assertThat(journal.cases()).hasSize(2);
        var morB = journal.cases().stream()
                .filter(c -> c.label().equals("Mor B"))
                .findFirst()
                .orElseThrow();
        assertThat(morB.contactCount()).isEqualTo(2);
        assertThat(journal.contactsInCase(morB.id()))
                .extracting(c -> c.data().notes())
                .containsExactlyInAnyOrder("første", "andre");
    }

    @Test
    void draftsAreOfferedBackUntilSavedForReal() {
        var id = journal.create(contact("Mor, baby 3 uker", "halvferdig notat"), true);
        assertThat(reopen().drafts()).extracting(Contact::id).containsExactly(id);
        journal.update(id, contact("Mor, baby 3 uker", "ferdig notat"), false);
        assertThat(reopen().drafts()).isEmpty();
        assertThat(journal.contact(id).orElseThrow().data().notes()).isEqualTo("ferdig notat");
    }

    @Test
    void ownTopicsAreAddedOnceAndCanTagContacts() {
        var topic = journal.addOwnTopic("Tungebånd");
        assertThat(topic.id()).isEqualTo("own-tungeband");
        assertThat(journal.addOwnTopic("tungebånd")).isEqualTo(topic);
        var id = journal.create(contact("Mor A", "klikk ved amming", "low-supply", topic.id()), false);
        assertThat(reopen().contact(id).orElseThrow().data().topicIds()).containsExactly("low-supply", "own-tungeband");
        assertThat(journal.topics().getFirst().id()).isEqualTo("dmer");
        assertThat(journal.topics()).hasSize(19);
        // The database's core topics are the taxonomy the guidance pack and statistics use.
        assertThat(journal.topics().stream().filter(t -> t.core()).toList())
                .containsExactlyElementsOf(no.hjelperjournal.journal.CoreTopics.ALL);
    }

    @Test
    void unknownTopicIdIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> journal.create(contact("Mor A", "x", "no-such-topic"), false))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("no-such-topic");
        assertThat(journal.verify().contacts()).isZero();
        assertThat(journal.cases()).isEmpty();
    }

    @Test
    void importIsAllOrNothing() {
        var good = contact("Mor A", "ok", "pumping");
        var bad = contact("Mor B", "ok", "not-a-topic");
        assertThatThrownBy(() -> journal.importAll(List.of(good, good, bad))).isInstanceOf(JournalException.class);
        assertThat(journal.verify().contacts()).isZero();
        assertThat(journal.cases()).isEmpty();
        assertThat(journal.importAll(List.of(good, good))).isEqualTo(2);
        assertThat(reopen().verify().contacts()).isEqualTo(2);
    }

    @Test
    void oddTextSurvivesTheRoundTrip() {
        var emoji = "Mor 💙 sier «æøå ÆØÅ» – 👶🏽 og \"sitater\", 'apostrof', \\backslash; DROP TABLE contact;";
        var longNote = "Veldig langt notat med æøå. ".repeat(8_000);
        var a = journal.create(contact("Mor 😊 æøå", emoji), false);
        var b = journal.create(contact("Mor lang", longNote), false);
        reopen();
        assertThat(journal.contact(a).orElseThrow().data().notes()).isEqualTo(emoji);
        assertThat(journal.contact(a).orElseThrow().data().caseLabel()).contains("Mor 😊 æøå");
        assertThat(journal.contact(b).orElseThrow().data().notes()).hasSize(longNote.length());
        assertThat(journal.search("😊", 10)).extracting(Contact::id).containsExactly(a);
    }

    @Test
    void controlCharactersAreCleanedButLineBreaksKept() {
        assertThat(TextCleaner.multiLine("linje 1\r\nlinje\u0000 2\u0007\tslutt\u001b"))
                .isEqualTo("linje 1\nlinje 2\tslutt");
        assertThat(TextCleaner.singleLine("  Mor\n  B\u0000 ")).isEqualTo("Mor B");
    }

    @Test
    void searchFindsWordsInNotesCaseLabelsAndReminders() {
        var a = journal.create(contact("Mor, baby 3 uker", "Pumper over en liter om dagen"), false);
        var b = journal.create(
                withFollowUp(contact("Mor K", "D-MER"), LocalDate.of(2026, 12, 1), "spør om 50% utdrivning"), false);
        assertThat(journal.search("LITER", 10)).extracting(Contact::id).containsExactly(a);
        assertThat(journal.search("baby 3", 10)).extracting(Contact::id).containsExactly(a);
        assertThat(journal.search("50%", 10)).extracting(Contact::id).containsExactly(b);
        assertThat(journal.search("%", 10)).extracting(Contact::id).containsExactly(b);
        assertThat(journal.search("   ", 10)).isEmpty();
    }

    @Test
    void followUpsCanBeMarkedDone() {
        var id = journal.create(withFollowUp(contact("Mor K", "notat"), LocalDate.of(2026, 11, 25), "ringe"), false);
        assertThat(journal.openFollowUps()).hasSize(1);
        journal.markFollowUpDone(id);
        assertThat(journal.openFollowUps()).isEmpty();
    }

    @Test
    void anEditorsOlderCopyOfAFollowUpDoesNotReopenIt() {
        var data = withFollowUp(contact("Mor K", "notat"), LocalDate.of(2026, 11, 25), "ringe");
        var id = journal.create(data, false);
        journal.markFollowUpDone(id);
        // The open editor still holds done = false and saves the note again.
        journal.update(id, withNotes(data, "notat, og litt til"), false);
        assertThat(journal.openFollowUps()).isEmpty();
        // A new date is a new follow-up.
        journal.update(id, withFollowUp(data, LocalDate.of(2026, 12, 2), "ringe"), false);
        assertThat(journal.openFollowUps()).hasSize(1);
    }

    @Test
    void aDraftFilesNoCaseAndEmptyCasesAreNeverListed() {
        // Autosave while the pseudonym is being typed: drafts carry the label but file no case.
        var id = journal.create(contact("Mor 4", "notat"), true);
        journal.update(id, contact("Mor 42", "notat"), true);
        assertThat(journal.cases()).isEmpty();
        assertThat(journal.contact(id).orElseThrow().data().caseLabel()).contains("Mor 42");
        // Saved with Ctrl+S under the real label: that case, and only that one.
        journal.update(id, contact("Mor 42, baby 34 uker", "notat"), false);
        assertThat(journal.cases()).extracting(c -> c.label()).containsExactly("Mor 42, baby 34 uker");
        // Relabelled later: the case it leaves empty goes.
        journal.update(id, contact("Mor 42, baby 35 uker", "notat"), false);
        assertThat(journal.cases()).extracting(c -> c.label()).containsExactly("Mor 42, baby 35 uker");
        assertThat(journal.search("Mor 42", 10)).extracting(Contact::id).containsExactly(id);
    }

    @Test
    void flagsAndPinnedSnippetsAreRememberedPerContact() {
        var id = journal.create(contact("Mor K", "feber og rødt bryst"), true);
        journal.recordFlag(id, "fever-red-breast");
        journal.recordFlag(id, "fever-red-breast");
        journal.pinSnippet(id, "pump-powerpumping");
        journal.pinSnippet(id, "dmer-hva-er-det");
        journal.unpinSnippet(id, "dmer-hva-er-det");
        reopen();
        assertThat(journal.flags(id)).containsExactly("fever-red-breast");
        assertThat(journal.pinnedSnippets(id)).containsExactly("pump-powerpumping");
    }

    @Test
    void lockedJournalRefusesWork() {
        journal.close();
        assertThatThrownBy(() -> journal.cases()).isInstanceOf(JournalException.class);
    }
}
