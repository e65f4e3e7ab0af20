package no.hjelperjournal.store;

import static no.hjelperjournal.store.generated.Tables.CASE_FILE;
import static no.hjelperjournal.store.generated.Tables.CONTACT;
import static no.hjelperjournal.store.generated.Tables.CONTACT_FLAG;
import static no.hjelperjournal.store.generated.Tables.CONTACT_SNIPPET;
import static no.hjelperjournal.store.generated.Tables.CONTACT_TOPIC;
import static no.hjelperjournal.store.generated.Tables.JOURNAL_STATE;
import static no.hjelperjournal.store.generated.Tables.TOPIC;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.CaseFile;
import no.hjelperjournal.journal.Channel;
import no.hjelperjournal.journal.Contact;
import no.hjelperjournal.journal.ContactData;
import no.hjelperjournal.journal.FollowUp;
import no.hjelperjournal.journal.FollowUpItem;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.JournalCounts;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import no.hjelperjournal.journal.Topic;
import no.hjelperjournal.store.generated.tables.records.ContactRecord;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The journal in an encrypted H2 file, through jOOQ. */
final class H2Journal implements Journal {

    private static final Logger LOG = LoggerFactory.getLogger(H2Journal.class);

    private final JdbcConnectionPool pool;
    private final DSLContext db;
    /** Empty only for a file a test keeps in a schema older than the change counter. */
    private final Optional<StateRecord> state;

    private volatile boolean closed;
    private final java.nio.file.Path dataDir;
    /** H2's data source holds it already (as its file password); kept to verify backups, wiped at close. */
    private final byte[] dataKey;

    H2Journal(JdbcConnectionPool pool, Optional<StateRecord> state) {
        this(pool, state, null, null);
    }

    /** With the folder and data key, so that backups can be made and verified without the passphrase. */
    H2Journal(JdbcConnectionPool pool, Optional<StateRecord> state, java.nio.file.Path dataDir, byte[] dataKey) {
        this.dataDir = dataDir;
        this.dataKey = dataKey == null ? null : dataKey.clone();
        this.pool = pool;
        // Execute logging would print SQL with bound values (contact content) at debug level: keep it off.
        this.db = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.state = state;
    }

    /** Runs a write and counts it, in one transaction: the count is what the state record vouches for. */
    private <T> T changeResult(org.jooq.TransactionalCallable<T> work) {
        var result = db.transactionResult(tx -> {
            var r = work.run(tx);
            countChange(tx.dsl());
            return r;
        });
        checkpointIfDue();
        return result;
    }

    private void change(org.jooq.TransactionalRunnable work) {
        changeResult(tx -> {
            work.run(tx);
            return null;
        });
    }

    /** Now and then, not per keystroke: after 30 s of saving the record catches up with what was saved. */
    private void checkpointIfDue() {
        var now = System.nanoTime();
        var last = lastCheckpoint.get();
        if (state.isPresent() && now - last > CHECKPOINT_EVERY_NANOS && lastCheckpoint.compareAndSet(last, now)) {
            checkpoint();
        }
    }

    private static final long CHECKPOINT_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    private final java.util.concurrent.atomic.AtomicLong lastCheckpoint =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    private void countChange(DSLContext tx) {
        if (state.isPresent()) {
            tx.update(JOURNAL_STATE)
                    .set(JOURNAL_STATE.CHANGES, JOURNAL_STATE.CHANGES.plus(1))
                    .execute();
        }
    }

    @Override
    public long changes() {
        return guarded(() -> state.isPresent() ? changes(db) : 0L);
    }

    @Override
    public JournalCounts backup(java.nio.file.Path target) {
        if (dataKey == null) {
            throw new IllegalStateException("this journal was opened without its folder");
        }
        return guarded(() -> {
            var folder = target.toAbsolutePath().getParent();
            java.nio.file.Path work = null;
            try {
                java.nio.file.Files.createDirectories(folder);
                work = java.nio.file.Files.createTempDirectory(folder, ".backup-");
                var h2zip = work.resolve("h2.zip");
                // BACKUP TO copies a consistent state of the (still encrypted) file while the journal stays open.
                db.execute("BACKUP TO '" + h2zip.toString().replace("'", "''") + "'");
                try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(h2zip))) {
                    for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().endsWith(".mv.db")) {
                            java.nio.file.Files.copy(zip, work.resolve(H2Vault.DB_NAME + ".mv.db"));
                        }
                    }
                }
                java.nio.file.Files.delete(h2zip);
                java.nio.file.Files.copy(dataDir.resolve(KeyFile.FILE_NAME), work.resolve(KeyFile.FILE_NAME));
                StateRecord.in(work, dataKey).write(changes(db));
                var counts = new H2Vault(work).verifyCopy(dataKey);
                Backups.zip(
                        work, List.of(H2Vault.DB_NAME + ".mv.db", KeyFile.FILE_NAME, StateRecord.FILE_NAME), target);
                return counts;
            } catch (java.io.IOException e) {
                throw SafeFiles.failure("cannot write the backup", e);
            } finally {
                SafeFiles.deleteTree(work);
            }
        });
    }

    private static void deleteTree(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            LOG.warn("could not remove a backup's work folder");
        }
    }

    /** The number of committed changes the file holds. */
    static long changes(DSLContext dsl) {
        return dsl.select(JOURNAL_STATE.CHANGES)
                .from(JOURNAL_STATE)
                .fetchSingle()
                .value1();
    }

    /**
     * Forces what is committed to disk, then records its change count in the state record: from here on an older
     * file is told apart. Writes call it after 30 s of saving, and {@link #close()} always does.
     */
    @Override
    public void checkpoint() {
        guarded(() -> {
            db.execute("CHECKPOINT SYNC");
            state.ifPresent(s -> s.write(changes(db)));
            return null;
        });
    }

    /** Renders (without running) the queries the main window needs first, so jOOQ is loaded before unlock. */
    static void warmUp() {
        var dsl = DSL.using(SQLDialect.H2, new Settings().withExecuteLogging(false));
        dsl.selectFrom(CONTACT)
                .where(CONTACT.DRAFT.isTrue())
                .orderBy(CONTACT.STARTED_AT.desc())
                .limit(10)
                .getSQL();
        dsl.selectFrom(TOPIC).orderBy(TOPIC.POSITION).getSQL();
        try {
            Class.forName("org.h2.Driver");
            Class.forName("org.h2.mvstore.MVStore");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long create(ContactData data, boolean draft) {
        return guarded(() -> changeResult(tx -> insert(tx.dsl(), data, draft)));
    }

    private long insert(DSLContext tx, ContactData data, boolean draft) {
        var record = tx.newRecord(CONTACT);
        fill(tx, record, data, draft);
        record.store();
        var id = record.getId();
        writeTopics(tx, id, data.topicIds());
        return id;
    }

    @Override
    public void update(long contactId, ContactData data, boolean draft) {
        guarded(() -> {
            change(tx -> {
                var dsl = tx.dsl();
                var record =
                        dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOne();
                if (record == null) {
                    throw new JournalException(Reason.NOT_FOUND, "contact " + contactId + " no longer exists");
                }
                // Marked done in the follow-up list while the contact stood open: the editor's copy of the
                // follow-up is older than the row, and the same follow-up must not come back.
                var wasDone = record.getFollowUpDone()
                        && data.followUp()
                                .filter(f -> f.date().equals(record.getFollowUpDate())
                                        && f.text()
                                                .equals(Optional.ofNullable(record.getFollowUpText())
                                                        .orElse("")))
                                .isPresent();
                fill(dsl, record, data, draft);
                record.setFollowUpDone(record.getFollowUpDone() || wasDone);
                record.store();
                dsl.deleteFrom(CONTACT_TOPIC)
                        .where(CONTACT_TOPIC.CONTACT_ID.eq(contactId))
                        .execute();
                writeTopics(dsl, contactId, data.topicIds());
                dropEmptyCases(dsl);
            });
            return null;
        });
    }

    private void fill(DSLContext tx, ContactRecord record, ContactData data, boolean draft) {
        record.setCaseLabel(data.caseLabel().orElse(null));
        // Only a saved contact files its case: a draft's label may still be half typed.
        record.setCaseId(
                draft
                        ? null
                        : data.caseLabel().map(label -> caseIdFor(tx, label)).orElse(null));
        record.setTimerRunning(data.timerRunning());
        record.setStartedAt(data.startedAt());
        record.setDurationSecs((int) Math.min(Integer.MAX_VALUE, data.duration().toSeconds()));
        record.setChannel(data.channel().id());
        record.setCaller(data.caller().id());
        record.setBabyAgeWeeks(
                data.babyAgeWeeks().isPresent() ? data.babyAgeWeeks().getAsInt() : null);
        record.setNotes(data.notes());
        record.setFollowUpDate(data.followUp().map(FollowUp::date).orElse(null));
        record.setFollowUpText(data.followUp().map(FollowUp::text).orElse(null));
        record.setFollowUpDone(data.followUp().map(FollowUp::done).orElse(false));
        record.setDraft(draft);
        record.setUpdatedAt(LocalDateTime.now());
    }

    private static long caseIdFor(DSLContext tx, String label) {
        var existing = tx.select(CASE_FILE.ID)
                .from(CASE_FILE)
                .where(CASE_FILE.LABEL.eq(label))
                .fetchOne(CASE_FILE.ID);
        if (existing != null) {
            return existing;
        }
        return tx.insertInto(CASE_FILE, CASE_FILE.LABEL, CASE_FILE.CREATED_AT)
                .values(label, LocalDateTime.now())
                .returningResult(CASE_FILE.ID)
                .fetchOne(CASE_FILE.ID);
    }

    /** A case exists while it has contacts: relabelling or deleting the last one removes it. */
    private static void dropEmptyCases(DSLContext tx) {
        tx.deleteFrom(CASE_FILE)
                .where(DSL.notExists(DSL.selectOne().from(CONTACT).where(CONTACT.CASE_ID.eq(CASE_FILE.ID))))
                .execute();
    }

    private static void writeTopics(DSLContext tx, long contactId, List<String> topicIds) {
        var unique = new LinkedHashSet<>(topicIds);
        var known = tx.select(TOPIC.ID).from(TOPIC).where(TOPIC.ID.in(unique)).fetchSet(TOPIC.ID);
        var position = 0;
        for (var id : unique) {
            if (!known.contains(id)) {
                throw new JournalException(Reason.INVALID_INPUT, "unknown topic id '" + id + "'");
            }
            tx.insertInto(CONTACT_TOPIC, CONTACT_TOPIC.CONTACT_ID, CONTACT_TOPIC.TOPIC_ID, CONTACT_TOPIC.POSITION)
                    .values(contactId, id, position++)
                    .execute();
        }
    }

    @Override
    public Optional<Contact> contact(long contactId) {
        return guarded(() -> fetchContacts(CONTACT.ID.eq(contactId), 1).stream().findFirst());
    }

    @Override
    public List<Contact> contactsOn(LocalDate day) {
        return guarded(() -> fetchContacts(
                CONTACT.STARTED_AT
                        .ge(day.atStartOfDay())
                        .and(CONTACT.STARTED_AT.lt(day.plusDays(1).atStartOfDay())),
                Integer.MAX_VALUE));
    }

    @Override
    public List<Contact> contactsInCase(long caseId) {
        return guarded(() ->
                fetchContacts(CONTACT.CASE_ID.eq(caseId), Integer.MAX_VALUE).reversed());
    }

    @Override
    public List<Contact> drafts() {
        return guarded(() -> fetchContacts(CONTACT.DRAFT.isTrue(), Integer.MAX_VALUE));
    }

    @Override
    public void delete(long contactId) {
        guarded(() -> {
            change(tx -> {
                tx.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(contactId)).execute();
                dropEmptyCases(tx.dsl());
            });
            return null;
        });
    }

    /** Newest first. Topics come in one extra query for the whole page rather than one per contact. */
    private List<Contact> fetchContacts(Condition where, int limit) {
        var rows = db.selectFrom(CONTACT)
                .where(where)
                .orderBy(CONTACT.STARTED_AT.desc(), CONTACT.ID.desc())
                .limit(limit)
                .fetch();
        var ids = rows.map(r -> r.get(CONTACT.ID));
        var topics = topicsOf(ids);
        var result = new ArrayList<Contact>(rows.size());
        for (var r : rows) {
            var c = r.into(CONTACT);
            var age = c.getBabyAgeWeeks();
            var followUp = c.getFollowUpDate() == null
                    ? Optional.<FollowUp>empty()
                    : Optional.of(new FollowUp(
                            c.getFollowUpDate(),
                            Optional.ofNullable(c.getFollowUpText()).orElse(""),
                            c.getFollowUpDone()));
            var data = new ContactData(
                    Optional.ofNullable(c.getCaseLabel()),
                    c.getStartedAt(),
                    Duration.ofSeconds(c.getDurationSecs()),
                    Channel.fromId(c.getChannel()).orElseThrow(),
                    Caller.fromId(c.getCaller()).orElseThrow(),
                    age == null ? OptionalInt.empty() : OptionalInt.of(age),
                    c.getNotes(),
                    topics.getOrDefault(c.getId(), List.of()),
                    followUp,
                    c.getTimerRunning());
            result.add(new Contact(c.getId(), data, c.getDraft(), c.getUpdatedAt()));
        }
        return result;
    }

    private Map<Long, List<String>> topicsOf(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        var map = new HashMap<Long, List<String>>();
        // The order the volunteer added them in: the first topic is the main one.
        db.select(CONTACT_TOPIC.CONTACT_ID, CONTACT_TOPIC.TOPIC_ID)
                .from(CONTACT_TOPIC)
                .where(CONTACT_TOPIC.CONTACT_ID.in(contactIds))
                .orderBy(CONTACT_TOPIC.POSITION)
                .forEach(r ->
                        map.computeIfAbsent(r.value1(), _ -> new ArrayList<>()).add(r.value2()));
        return map;
    }

    @Override
    public List<CaseFile> cases() {
        return guarded(() -> {
            var last = DSL.max(CONTACT.STARTED_AT);
            var count = DSL.count(CONTACT.ID);
            return db.select(CASE_FILE.ID, CASE_FILE.LABEL, CASE_FILE.CREATED_AT, count, last)
                    .from(CASE_FILE)
                    .join(CONTACT)
                    .on(CONTACT.CASE_ID.eq(CASE_FILE.ID))
                    .groupBy(CASE_FILE.ID, CASE_FILE.LABEL, CASE_FILE.CREATED_AT)
                    .orderBy(DSL.coalesce(last, CASE_FILE.CREATED_AT).desc())
                    .fetch(r -> new CaseFile(r.value1(), r.value2(), r.value3(), r.value4()));
        });
    }

    @Override
    public List<FollowUpItem> openFollowUps() {
        return guarded(() -> db.select(CONTACT.ID, CONTACT.CASE_LABEL, CONTACT.FOLLOW_UP_DATE, CONTACT.FOLLOW_UP_TEXT)
                .from(CONTACT)
                .where(CONTACT.FOLLOW_UP_DATE.isNotNull().and(CONTACT.FOLLOW_UP_DONE.isFalse()))
                .orderBy(CONTACT.FOLLOW_UP_DATE, CONTACT.ID)
                .fetch(r -> new FollowUpItem(
                        r.value1(),
                        Optional.ofNullable(r.value2()).orElse(""),
                        new FollowUp(r.value3(), Optional.ofNullable(r.value4()).orElse(""), false))));
    }

    @Override
    public void markFollowUpDone(long contactId) {
        guarded(() -> changeResult(tx -> tx.dsl()
                .update(CONTACT)
                .set(CONTACT.FOLLOW_UP_DONE, true)
                .where(CONTACT.ID.eq(contactId))
                .execute()));
    }

    @Override
    public List<Topic> topics() {
        return guarded(() -> db.selectFrom(TOPIC)
                .orderBy(TOPIC.CORE.desc(), TOPIC.POSITION, TOPIC.LABEL_NB)
                .fetch(r -> new Topic(r.getId(), r.getLabelNb(), r.getLabelEn(), r.getCore())));
    }

    @Override
    public Topic addOwnTopic(String label) {
        var clean = label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 80) {
            throw new JournalException(Reason.INVALID_INPUT, "a topic needs 1 to 80 characters");
        }
        return guarded(() -> changeResult(tx -> {
            var dsl = tx.dsl();
            var existing = dsl.selectFrom(TOPIC)
                    .where(DSL.lower(TOPIC.LABEL_NB)
                            .eq(clean.toLowerCase(Locale.ROOT))
                            .or(DSL.lower(TOPIC.LABEL_EN).eq(clean.toLowerCase(Locale.ROOT)))
                            .or(TOPIC.ID.eq(clean.toLowerCase(Locale.ROOT))))
                    .fetchAny();
            if (existing != null) {
                return new Topic(existing.getId(), existing.getLabelNb(), existing.getLabelEn(), existing.getCore());
            }
            var id = uniqueOwnId(dsl, clean);
            dsl.insertInto(TOPIC, TOPIC.ID, TOPIC.LABEL_NB, TOPIC.LABEL_EN, TOPIC.CORE)
                    .values(id, clean, clean, false)
                    .execute();
            return new Topic(id, clean, clean, false);
        }));
    }

    /** Own topics get ids in their own namespace so that they never collide with a future core topic. */
    private static String uniqueOwnId(DSLContext dsl, String label) {
        var ascii = Normalizer.normalize(
                        label.toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("å", "a"),
                        Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        var base = "own-" + (ascii.isEmpty() ? "topic" : ascii.substring(0, Math.min(60, ascii.length())));
        var id = base;
        for (int n = 2; dsl.fetchExists(TOPIC, TOPIC.ID.eq(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    public List<Contact> search(String text, int limit) {
        var needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        var pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return guarded(() -> fetchContacts(
                DSL.lower(CONTACT.NOTES)
                        .like(pattern, '!')
                        .or(DSL.lower(CONTACT.CASE_LABEL).like(pattern, '!'))
                        .or(DSL.lower(CONTACT.FOLLOW_UP_TEXT).like(pattern, '!')),
                limit));
    }

    @Override
    public int importAll(List<ContactData> contacts) {
        return guarded(() -> changeResult(tx -> {
            var dsl = tx.dsl();
            for (var c : contacts) {
                insert(dsl, c, false);
            }
            return contacts.size();
        }));
    }

    @Override
    public void recordFlag(long contactId, String flagId) {
        guarded(() -> changeResult(tx -> tx.dsl()
                .mergeInto(CONTACT_FLAG)
                .using(DSL.selectOne())
                .on(CONTACT_FLAG.CONTACT_ID.eq(contactId).and(CONTACT_FLAG.FLAG_ID.eq(flagId)))
                .whenNotMatchedThenInsert(CONTACT_FLAG.CONTACT_ID, CONTACT_FLAG.FLAG_ID, CONTACT_FLAG.SHOWN_AT)
                .values(contactId, flagId, LocalDateTime.now())
                .execute()));
    }

    @Override
    public Set<String> flags(long contactId) {
        return guarded(() -> db.select(CONTACT_FLAG.FLAG_ID)
                .from(CONTACT_FLAG)
                .where(CONTACT_FLAG.CONTACT_ID.eq(contactId))
                .fetchSet(CONTACT_FLAG.FLAG_ID));
    }

    @Override
    public void pinSnippet(long contactId, String snippetId) {
        guarded(() -> changeResult(tx -> tx.dsl()
                .mergeInto(CONTACT_SNIPPET)
                .using(DSL.selectOne())
                .on(CONTACT_SNIPPET.CONTACT_ID.eq(contactId).and(CONTACT_SNIPPET.SNIPPET_ID.eq(snippetId)))
                .whenNotMatchedThenInsert(
                        CONTACT_SNIPPET.CONTACT_ID, CONTACT_SNIPPET.SNIPPET_ID, CONTACT_SNIPPET.PINNED_AT)
                .values(contactId, snippetId, LocalDateTime.now())
                .execute()));
    }

    @Override
    public void unpinSnippet(long contactId, String snippetId) {
        guarded(() -> changeResult(tx -> tx.dsl()
                .deleteFrom(CONTACT_SNIPPET)
                .where(CONTACT_SNIPPET.CONTACT_ID.eq(contactId).and(CONTACT_SNIPPET.SNIPPET_ID.eq(snippetId)))
                .execute()));
    }

    @Override
    public Set<String> pinnedSnippets(long contactId) {
        return guarded(() -> db.select(CONTACT_SNIPPET.SNIPPET_ID)
                .from(CONTACT_SNIPPET)
                .where(CONTACT_SNIPPET.CONTACT_ID.eq(contactId))
                .fetchSet(CONTACT_SNIPPET.SNIPPET_ID));
    }

    @Override
    public JournalCounts verify() {
        return guarded(() -> {
            // Reading every row forces every page through H2's checksums and the cipher.
            var contacts = 0;
            var drafts = 0;
            for (var c : db.selectFrom(CONTACT).fetchLazy()) {
                contacts++;
                if (c.getDraft()) {
                    drafts++;
                }
                if (Channel.fromId(c.getChannel()).isEmpty()
                        || Caller.fromId(c.getCaller()).isEmpty()) {
                    throw new JournalException(Reason.DAMAGED, "contact " + c.getId() + " has an unknown channel");
                }
                c.getNotes().length();
            }
            var cases = db.fetchCount(CASE_FILE);
            db.fetchCount(CONTACT_TOPIC);
            db.fetchCount(CONTACT_SNIPPET);
            db.fetchCount(CONTACT_FLAG);
            var orphans = db.fetchCount(db.selectFrom(CONTACT_TOPIC)
                    .whereNotExists(db.selectOne().from(TOPIC).where(TOPIC.ID.eq(CONTACT_TOPIC.TOPIC_ID))));
            if (orphans > 0) {
                throw new JournalException(Reason.DAMAGED, orphans + " topic links point to missing topics");
            }
            var coreTopics = db.fetchCount(TOPIC, TOPIC.CORE.isTrue());
            if (coreTopics != 18) {
                throw new JournalException(Reason.DAMAGED, "the core topic list is incomplete");
            }
            if (state.isPresent()) {
                var recorded = state.get().read();
                var changes = changes(db);
                if (recorded.isPresent() && recorded.getAsLong() > changes) {
                    throw new JournalException(
                            Reason.DAMAGED,
                            "the database file holds " + changes + " changes, its state record vouches for "
                                    + recorded.getAsLong());
                }
            }
            return new JournalCounts(contacts, cases, drafts);
        });
    }

    /** Runs one statement as it stands; for tests of migrations, which fill a file in an older schema. */
    void sql(String statement) {
        db.execute(statement);
    }

    /** The schema version Flyway recorded last; for tests of migrations. */
    String schemaVersion() {
        return db.resultQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                        + " ORDER BY \"installed_rank\" DESC LIMIT 1")
                .fetchOne(0, String.class);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        var changes = state.isPresent() ? OptionalLong.of(changes(db)) : OptionalLong.empty();
        closed = true;
        try (var conn = pool.getConnection();
                var stmt = conn.createStatement()) {
            stmt.execute("SHUTDOWN");
            // SHUTDOWN has written and synced the file: now the record may vouch for its count.
            changes.ifPresent(c -> state.orElseThrow().write(c));
        } catch (java.sql.SQLException e) {
            LOG.warn("clean shutdown failed (H2 error {})", e.getErrorCode());
        } catch (JournalException e) {
            LOG.warn("the state record could not be written at close: {}", e.getMessage());
        } finally {
            pool.dispose();
            if (dataKey != null) {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> work) {
        if (closed) {
            throw new JournalException(Reason.IO, "the journal is locked");
        }
        try {
            return work.get();
        } catch (DataAccessException e) {
            var cause = e.getCause(java.sql.SQLException.class);
            if (cause != null && cause.getErrorCode() == org.h2.api.ErrorCode.CHECK_CONSTRAINT_VIOLATED_1) {
                throw new JournalException(Reason.INVALID_INPUT, "a value is out of range", e);
            }
            throw cause != null ? H2Vault.translate(cause) : new JournalException(Reason.IO, e.getMessage(), e);
        }
    }
}
