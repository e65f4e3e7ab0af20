package no.hjelperjournal.ui.contact;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.Channel;
import no.hjelperjournal.journal.Contact;
import no.hjelperjournal.journal.ContactData;
import no.hjelperjournal.journal.FollowUp;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.TextCleaner;
import no.hjelperjournal.journal.Topic;
import no.hjelperjournal.ui.UiContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The contact being written. Every change is autosaved to the encrypted journal {@link #AUTOSAVE_PAUSE} after typing
 * pauses, and at least every {@link #AUTOSAVE_AT_MOST} while it goes on, so a dead battery loses at most half a second
 * of typing. Until the volunteer saves with Ctrl+S the contact is a draft, which the next unlock offers back, with its
 * call timer as it was.
 */
public final class ContactEditorModel {

    /** A save costs about a millisecond (README, "bench"), so saving this often costs the volunteer nothing. */
    public static final javafx.util.Duration AUTOSAVE_PAUSE = javafx.util.Duration.millis(300);

    public static final javafx.util.Duration AUTOSAVE_AT_MOST = javafx.util.Duration.millis(500);

    public enum SaveState {
        EMPTY,
        DIRTY,
        SAVING,
        SAVED,
        FAILED
    }

    // Properties
    public final StringProperty caseLabel = new SimpleStringProperty("");
    public final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    public final ObjectProperty<Caller> caller = new SimpleObjectProperty<>(Caller.MOTHER);
    public final StringProperty babyAge = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    public final ObservableList<Topic> topics = FXCollections.observableArrayList();
    public final ObjectProperty<@Nullable LocalDate> followUpDate = new SimpleObjectProperty<>();
    public final StringProperty followUpText = new SimpleStringProperty("");
    public final LongProperty elapsedSeconds = new SimpleLongProperty();
    public final BooleanProperty timerRunning = new SimpleBooleanProperty();
    public final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.EMPTY);
    public final ObjectProperty<@Nullable LocalTime> savedAt = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDateTime> startedAt = new SimpleObjectProperty<>();
    /** Guidance snippets pinned to this contact, and referral banners shown during it. */
    public final ObservableSet<String> pinned = FXCollections.observableSet();

    public final ObservableSet<String> flagsShown = FXCollections.observableSet();

    private final UiContext context;
    private final Journal journal;
    private Runnable onSaved;
    // Written only on the background thread, so a second save never creates a second row.
    private final AtomicReference<@Nullable Long> contactId = new AtomicReference<>();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_PAUSE);
    private final PauseTransition autosaveCap = new PauseTransition(AUTOSAVE_AT_MOST);
    private final Timeline ticker;
    private boolean finalised;
    private boolean edited;
    private boolean followUpDone;
    private boolean loading;
    private boolean disposed;

    public ContactEditorModel(UiContext context, Journal journal, Runnable onSaved) {
        this.context = context;
        this.journal = journal;
        this.onSaved = onSaved;
        startedAt.set(now());
        autosave.setOnFinished(_ -> save(false));
        autosaveCap.setOnFinished(_ -> save(false));
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), _ -> {
            if (timerRunning.get()) {
                elapsedSeconds.set(elapsedSeconds.get() + 1);
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        for (Observable o : List.<Observable>of(
                caseLabel, channel, caller, babyAge, notes, topics, followUpDate, followUpText, pinned, flagsShown)) {
            o.addListener(_ -> changed());
        }
        // Pausing or resuming the timer of a contact already on disk is saved with it; in an empty editor it is not
        // yet a contact.
        timerRunning.addListener(_ -> {
            if (contactId.get() != null) {
                changed();
            }
        });
    }

    /** Who hears of each completed save (the screen's lists); a new screen takes over after a change of language. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** A new contact: the call timer starts with it. */
    public void startNew() {
        loading = true;
        startedAt.set(now());
        elapsedSeconds.set(0);
        timerRunning.set(true);
        loading = false;
        saveState.set(SaveState.EMPTY);
    }

    /** Fills in the case of a contact started from the case list, without making it a change to save. */
    public void prefillCase(String label) {
        loading = true;
        caseLabel.set(label);
        loading = false;
    }

    /** Opens a stored contact for reading or editing; its timer stays paused. */
    public void load(Contact contact, List<Topic> allTopics, Set<String> pinnedIds, Set<String> flagIds) {
        loading = true;
        pinned.clear();
        pinned.addAll(pinnedIds);
        flagsShown.clear();
        flagsShown.addAll(flagIds);
        var d = contact.data();
        contactId.set(contact.id());
        finalised = !contact.draft();
        caseLabel.set(d.caseLabel().orElse(""));
        channel.set(d.channel());
        caller.set(d.caller());
        babyAge.set(
                d.babyAgeWeeks().isPresent() ? Integer.toString(d.babyAgeWeeks().getAsInt()) : "");
        notes.set(d.notes());
        topics.setAll(d.topicIds().stream()
                .flatMap(id -> allTopics.stream().filter(t -> t.id().equals(id)))
                .toList());
        followUpDate.set(d.followUp().map(FollowUp::date).orElse(null));
        followUpText.set(d.followUp().map(FollowUp::text).orElse(""));
        followUpDone = d.followUp().map(FollowUp::done).orElse(false);
        startedAt.set(d.startedAt());
        elapsedSeconds.set(d.duration().toSeconds());
        // A draft comes back as it was left (a crash mid-call); a saved contact's call is over.
        timerRunning.set(!finalised && d.timerRunning());
        savedAt.set(contact.updatedAt().toLocalTime());
        saveState.set(SaveState.SAVED);
        loading = false;
    }

    public Optional<Long> contactId() {
        return Optional.ofNullable(contactId.get());
    }

    /** True once the volunteer changed anything in this editor; a contact only opened for reading stays false. */
    public boolean isEdited() {
        return edited;
    }

    public boolean isFinalised() {
        return finalised;
    }

    public void toggleTimer() {
        timerRunning.set(!timerRunning.get());
    }

    private void changed() {
        if (loading || disposed) {
            return;
        }
        if (contactId.get() == null && !timerRunning.get() && elapsedSeconds.get() == 0) {
            // Typing into the empty editor is starting a contact: the timer starts with it.
            startedAt.set(now());
            timerRunning.set(true);
        }
        edited = true;
        saveState.set(SaveState.DIRTY);
        autosave.playFromStart();
        if (autosaveCap.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            autosaveCap.playFromStart();
        }
    }

    /** Ctrl+S: the contact stops being a draft. Returns false (and saves nothing) without a case label. */
    public boolean saveFinal() {
        if (caseLabel.get().isBlank()) {
            return false;
        }
        finalised = true;
        timerRunning.set(false);
        save(true);
        return true;
    }

    private void save(boolean force) {
        if (!force && (disposed || saveState.get() != SaveState.DIRTY)) {
            return;
        }
        autosave.stop();
        autosaveCap.stop();
        var pending = pending();
        saveState.set(SaveState.SAVING);
        context.background()
                .run(
                        () -> write(pending),
                        _ -> {
                            if (saveState.get() == SaveState.SAVING) {
                                saveState.set(SaveState.SAVED);
                            }
                            savedAt.set(LocalTime.now(context.clock()));
                            onSaved.run();
                        },
                        error -> {
                            LoggerFactory.getLogger(ContactEditorModel.class)
                                    .warn(
                                            "autosave failed: {}",
                                            error.getClass().getName());
                            saveState.set(SaveState.FAILED);
                            if (!disposed) {
                                autosave.playFromStart();
                            }
                        });
    }

    /** One save: the form's data plus pins and flags, captured on the FX thread. */
    private record Pending(ContactData data, boolean draft, Set<String> pins, Set<String> flags) {}

    private Pending pending() {
        return new Pending(snapshot(), !finalised, Set.copyOf(pinned), Set.copyOf(flagsShown));
    }

    private Void write(Pending p) {
        var id = contactId.get();
        if (id == null) {
            id = journal.create(p.data(), p.draft());
            contactId.set(id);
        } else {
            journal.update(id, p.data(), p.draft());
        }
        var stored = journal.pinnedSnippets(id);
        for (var snippet : p.pins()) {
            if (!stored.contains(snippet)) {
                journal.pinSnippet(id, snippet);
            }
        }
        for (var snippet : stored) {
            if (!p.pins().contains(snippet)) {
                journal.unpinSnippet(id, snippet);
            }
        }
        for (var flag : p.flags()) {
            journal.recordFlag(id, flag);
        }
        return null;
    }

    /** Saves pending changes, then runs {@code after} on the background thread's queue (used before locking). */
    public void flushThen(Runnable after) {
        if (saveState.get() == SaveState.DIRTY || saveState.get() == SaveState.FAILED) {
            save(true);
        }
        context.background().run(() -> null, _ -> after.run(), _ -> after.run());
    }

    /** On exit: the last write finishes before the database is closed. */
    public void saveNowBlocking() {
        if (saveState.get() != SaveState.DIRTY && saveState.get() != SaveState.FAILED) {
            return;
        }
        var pending = pending();
        try {
            context.background().runAndWait(() -> write(pending));
        } catch (Exception e) {
            LoggerFactory.getLogger(ContactEditorModel.class)
                    .warn("final save failed: {}", e.getClass().getName());
        }
    }

    public void dispose() {
        autosave.stop();
        autosaveCap.stop();
        ticker.stop();
        disposed = true;
    }

    ContactData snapshot() {
        OptionalInt age = OptionalInt.empty();
        try {
            var text = babyAge.get().strip();
            if (!text.isEmpty()) {
                var weeks = Integer.parseInt(text);
                if (weeks >= 0 && weeks <= ContactData.MAX_BABY_AGE_WEEKS) {
                    age = OptionalInt.of(weeks);
                }
            }
        } catch (NumberFormatException e) {
            // The field only accepts digits; anything else is simply not recorded.
        }
        var label = TextCleaner.singleLine(caseLabel.get());
        var reminder = TextCleaner.singleLine(followUpText.get());
        var date = followUpDate.get();
        return new ContactData(
                label.isEmpty()
                        ? Optional.empty()
                        : Optional.of(label.substring(0, Math.min(label.length(), ContactData.MAX_CASE_LABEL))),
                startedAt.get(),
                Duration.ofSeconds(elapsedSeconds.get()),
                channel.get(),
                caller.get(),
                age,
                TextCleaner.multiLine(notes.get()),
                topics.stream().map(Topic::id).toList(),
                date == null
                        ? Optional.empty()
                        : Optional.of(new FollowUp(
                                date,
                                reminder.substring(0, Math.min(reminder.length(), ContactData.MAX_FOLLOW_UP_TEXT)),
                                followUpDone)),
                timerRunning.get());
    }

    /** Today by the app's clock: relative follow-up dates ("i morgen", "fredag") count from it. */
    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(context.clock()).withNano(0);
    }
}
