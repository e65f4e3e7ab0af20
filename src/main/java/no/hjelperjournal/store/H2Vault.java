package no.hjelperjournal.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import no.hjelperjournal.journal.Vault;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that opens the database. Files in the data folder: {@code journal.key} (the wrapped data key) and
 * {@code journal.mv.db} (H2, AES-encrypted with the data key).
 */
public final class H2Vault implements Vault {

    private static final Logger LOG = LoggerFactory.getLogger(H2Vault.class);
    static final String DB_NAME = "journal";

    private static final String MIGRATIONS = "classpath:db/migration";

    private final Path dataDir;
    private final KdfParams kdfParams;
    private final String[] migrationLocations;
    private int writeDelayMs;
    private String schemaTarget = "latest";

    public H2Vault(Path dataDir) {
        this(dataDir, KdfParams.DEFAULT);
    }

    public H2Vault(Path dataDir, KdfParams kdfParams) {
        this(dataDir, kdfParams, MIGRATIONS);
    }

    /** Extra migration locations let a test play a newer release opening an older file. */
    H2Vault(Path dataDir, KdfParams kdfParams, String... migrationLocations) {
        this.dataDir = dataDir.toAbsolutePath();
        this.kdfParams = kdfParams;
        this.migrationLocations = migrationLocations.clone();
    }

    /** Migrates no further than {@code version}: a test builds a file as an earlier release left it. */
    H2Vault upTo(String version) {
        this.schemaTarget = version;
        return this;
    }

    /** H2's default delay, for the benchmark that measures what WRITE_DELAY=0 costs. */
    H2Vault withWriteDelay(int millis) {
        this.writeDelayMs = millis;
        return this;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    private Path keyFile() {
        return dataDir.resolve(KeyFile.FILE_NAME);
    }

    private Path dbFile() {
        return dataDir.resolve(DB_NAME + ".mv.db");
    }

    private Path stateFile() {
        return dataDir.resolve(StateRecord.FILE_NAME);
    }

    @Override
    public boolean exists() {
        if (interruptedInit()) {
            return false;
        }
        return Files.exists(keyFile()) || Files.exists(dbFile());
    }

    /**
     * An init killed after its key file appeared and before the journal was made: a key file alone, no database and
     * no state record (the last thing init writes). It holds nothing, and a new init may replace it.
     */
    private boolean interruptedInit() {
        return Files.exists(keyFile()) && !Files.exists(dbFile()) && !Files.exists(stateFile());
    }

    @Override
    public Journal create(char[] passphrase) {
        try {
            if (exists()) {
                throw new JournalException(Reason.ALREADY_EXISTS, "a journal already exists in " + dataDir);
            }
            createPrivateDir(dataDir);
            // Held (by the OS, released even by kill -9) for the whole init: a lone key file with the lock free is
            // what an interrupted init left, never the work of an init running now.
            try (var lockChannel = java.nio.channels.FileChannel.open(
                            dataDir.resolve(INIT_LOCK),
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.WRITE);
                    var lock = tryLock(lockChannel)) {
                if (lock == null || exists()) {
                    throw new JournalException(Reason.ALREADY_EXISTS, "a journal already exists in " + dataDir);
                }
                return createLocked(passphrase);
            } catch (IOException e) {
                throw SafeFiles.failure("cannot create the journal", e);
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static final String INIT_LOCK = "journal.init.lock";

    private static java.nio.channels.FileLock tryLock(java.nio.channels.FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private Journal createLocked(char[] passphrase) {
        if (interruptedInit()) {
            LOG.info("removing the key file an interrupted init left without a journal");
            deleteQuietly(keyFile());
        }
        SafeFiles.removeStaleTemporaries(dataDir);
        var dataKey = KeyFile.newDataKey();
        try {
            // Throws ALREADY_EXISTS when another init got there first: then nothing here is ours to remove.
            KeyFile.write(keyFile(), dataKey, passphrase, kdfParams, true);
            try {
                return connect(dataKey, false);
            } catch (RuntimeException e) {
                deleteQuietly(keyFile());
                deleteQuietly(dbFile());
                deleteQuietly(stateFile());
                throw e;
            }
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public Journal open(char[] passphrase) {
        try {
            if (!Files.exists(keyFile())) {
                throw new JournalException(
                        Files.exists(dbFile()) ? Reason.DAMAGED : Reason.NOT_FOUND,
                        Files.exists(dbFile())
                                ? "the key file journal.key is missing in " + dataDir
                                : "no journal in " + dataDir + " (run init first)");
            }
            var derive = System.nanoTime();
            var dataKey = KeyFile.read(keyFile(), passphrase);
            LOG.info("passphrase checked in {} ms", (System.nanoTime() - derive) / 1_000_000);
            try {
                if (!Files.exists(dbFile())) {
                    throw new JournalException(
                            interruptedInit() ? Reason.NOT_FOUND : Reason.DAMAGED,
                            interruptedInit()
                                    ? "an earlier init was interrupted before the journal was made: run init again"
                                    : "the database file journal.mv.db is missing in " + dataDir);
                }
                checkSound(dataKey);
                return connect(dataKey, true);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Runs the unlock path once on throw-away input while the volunteer is still typing her passphrase: the JIT
     * compiles Argon2, and H2, Flyway and jOOQ load their classes. Halves the wait after pressing Enter.
     */
    @Override
    public void warmUp() {
        var started = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            KeyFile.derive("warm-up".toCharArray(), new byte[16], new KdfParams(8 * 1024, 1, 1));
        }
        Flyway.configure().locations(MIGRATIONS);
        H2Journal.warmUp();
        LOG.info("unlock path warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Replaces the passphrase by rewrapping the data key; the database itself is not touched. */
    public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
        var dataKey = KeyFile.read(keyFile(), oldPassphrase);
        try {
            KeyFile.write(keyFile(), dataKey, newPassphrase, kdfParams);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(oldPassphrase, '\0');
            Arrays.fill(newPassphrase, '\0');
        }
    }

    /**
     * Reads the file without writing to it before anything else may: H2 opening a file cut short falls back to the
     * newest chunks it can read and then writes, destroying what was left. An empty file, one without a journal in
     * it, or one with fewer changes than the state record vouches for is damage, never a new or an older journal.
     */
    private void checkSound(byte[] dataKey) {
        try {
            if (Files.size(dbFile()) == 0) {
                throw new JournalException(Reason.DAMAGED, "the database file journal.mv.db is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw SafeFiles.failure("cannot read journal.mv.db", e);
        }
        var recorded = StateRecord.in(dataDir, dataKey).read();
        var pool = pool(dataKey, true, true);
        try (var conn = pool.getConnection()) {
            var dsl = org.jooq.impl.DSL.using(conn, org.jooq.SQLDialect.H2);
            if (!tableExists(dsl, "flyway_schema_history")) {
                throw new JournalException(Reason.DAMAGED, "the database file holds no journal");
            }
            if (!tableExists(dsl, "JOURNAL_STATE")) {
                // Made by a release before the change counter: there is nothing to compare, unless a record exists.
                if (recorded.isPresent()) {
                    throw new JournalException(
                            Reason.DAMAGED, "the database file is older than its state record (an earlier copy)");
                }
                return;
            }
            var changes = H2Journal.changes(dsl);
            if (recorded.isEmpty() && changes > 1) {
                throw new JournalException(Reason.DAMAGED, "the state record journal.state is missing");
            }
            if (recorded.isPresent() && changes < recorded.getAsLong()) {
                throw new JournalException(
                        Reason.DAMAGED,
                        "the database file is older than the journal's last saved state: it holds " + changes
                                + " changes, " + recorded.getAsLong()
                                + " were saved (the file was cut short, damaged, or replaced by an earlier copy)");
            }
            // Every page read once, still read-only: damage anywhere shows now, before a write could spread it.
            new H2Journal(pool, Optional.empty()).verify();
        } catch (SQLException e) {
            throw translate(e);
        } catch (org.jooq.exception.DataAccessException e) {
            var cause = e.getCause(SQLException.class);
            throw cause != null
                    ? translate(cause)
                    : new JournalException(Reason.DAMAGED, "the database is unreadable", e);
        } finally {
            pool.dispose();
        }
    }

    /** Checks a copy (a backup being made or restored) read-only and reads it whole, with the data key at hand. */
    no.hjelperjournal.journal.JournalCounts verifyCopy(byte[] dataKey) {
        checkSound(dataKey);
        var pool = pool(dataKey, true, true);
        try {
            return new H2Journal(pool, Optional.empty()).verify();
        } finally {
            pool.dispose();
        }
    }

    /**
     * Puts a backup in place of the journal. The backup is unpacked beside the data folder and verified with the
     * passphrase before anything in the folder is touched; a journal already there is refused unless {@code replace},
     * and then moved aside into a {@code replaced-…} folder, never deleted.
     */
    public no.hjelperjournal.journal.JournalCounts restore(Path backup, char[] passphrase, boolean replace) {
        Path work = null;
        try {
            if (exists() && !replace) {
                throw new JournalException(
                        Reason.ALREADY_EXISTS,
                        "a journal already exists in " + dataDir + " (restore --replace keeps it aside)");
            }
            createPrivateDir(dataDir);
            work = Files.createTempDirectory(dataDir, ".restore-");
            Backups.unzip(backup, work);
            var restored = new H2Vault(work, kdfParams);
            var dataKey = KeyFile.read(work.resolve(KeyFile.FILE_NAME), passphrase);
            no.hjelperjournal.journal.JournalCounts counts;
            try {
                counts = restored.verifyCopy(dataKey);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
            var names = java.util.List.of(DB_NAME + ".mv.db", KeyFile.FILE_NAME, StateRecord.FILE_NAME);
            if (exists()) {
                var aside = dataDir.resolve("replaced-"
                        + java.time.LocalDateTime.now()
                                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")));
                Files.createDirectories(aside);
                for (var name : names) {
                    if (Files.exists(dataDir.resolve(name))) {
                        Files.move(
                                dataDir.resolve(name),
                                aside.resolve(name),
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                SafeFiles.forceFolder(dataDir);
                LOG.info("the replaced journal is kept in {}", aside.getFileName());
            }
            // The key file last: until it is in place, the folder is not taken for a journal.
            for (var name : java.util.List.of(DB_NAME + ".mv.db", StateRecord.FILE_NAME, KeyFile.FILE_NAME)) {
                Files.move(work.resolve(name), dataDir.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            SafeFiles.forceFolder(dataDir);
            return counts;
        } catch (IOException e) {
            throw SafeFiles.failure("cannot restore the backup", e);
        } finally {
            Arrays.fill(passphrase, '\0');
            SafeFiles.deleteTree(work);
        }
    }

    private static boolean tableExists(org.jooq.DSLContext dsl, String name) {
        return dsl.fetchExists(dsl.select()
                .from("INFORMATION_SCHEMA.TABLES")
                .where(org.jooq.impl.DSL.field("TABLE_NAME").eq(name)));
    }

    private JdbcConnectionPool pool(byte[] dataKey, boolean mustExist, boolean readOnly) {
        var ds = new JdbcDataSource();
        // TRACE_LEVEL_FILE=0: H2's trace file is plaintext and may hold SQL text.
        // WRITE_DELAY=0: a commit is on disk before the call returns, so "Lagret" is true even if the process dies.
        ds.setURL("jdbc:h2:file:" + dataDir.resolve(DB_NAME) + ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
                + ";WRITE_DELAY=" + writeDelayMs + (mustExist ? ";IFEXISTS=TRUE" : "")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : ""));
        ds.setUser("journal");
        // H2 takes "<file password> <user password>"; the data key is random, so H2's light stretching is harmless.
        var hex = HexFormat.of().formatHex(dataKey).toCharArray();
        var password = new char[hex.length * 2 + 1];
        System.arraycopy(hex, 0, password, 0, hex.length);
        password[hex.length] = ' ';
        System.arraycopy(hex, 0, password, hex.length + 1, hex.length);
        Arrays.fill(hex, '\0');
        // The data source keeps this array (not a copy) for every new connection, so it is not wiped here.
        ds.setPasswordChars(password);
        var pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(4);
        return pool;
    }

    private Journal connect(byte[] dataKey, boolean mustExist) {
        var started = System.nanoTime();
        var pool = pool(dataKey, mustExist, false);
        try (var probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e);
        }
        var opened = System.nanoTime();
        try {
            var result = Flyway.configure()
                    .dataSource(pool)
                    .locations(migrationLocations)
                    .target(schemaTarget)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("journal schema migrated to version {}", result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            pool.dispose();
            throw new JournalException(Reason.DAMAGED, "the journal's schema could not be brought up to date", e);
        }
        LOG.info(
                "database opened in {} ms, schema checked in {} ms",
                (opened - started) / 1_000_000,
                (System.nanoTime() - opened) / 1_000_000);
        Optional<StateRecord> state = Optional.empty();
        try (var conn = pool.getConnection()) {
            var dsl = org.jooq.impl.DSL.using(conn, org.jooq.SQLDialect.H2);
            if (tableExists(dsl, "JOURNAL_STATE")) {
                var record = StateRecord.in(dataDir, dataKey);
                if (!record.exists()) {
                    // A new journal, or the first open after the counter arrived: vouch for what is there now.
                    dsl.execute("CHECKPOINT SYNC");
                    record.write(H2Journal.changes(dsl));
                }
                state = Optional.of(record);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e);
        } catch (JournalException e) {
            pool.dispose();
            throw e;
        }
        return new H2Journal(pool, state, dataDir, dataKey);
    }

    static JournalException translate(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                new JournalException(Reason.IN_USE, "the journal is open in another Hjelperjournal window", e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                new JournalException(Reason.DAMAGED, "the database does not match its key file", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                new JournalException(Reason.DAMAGED, "the database file is missing", e);
            default ->
                new JournalException(
                        Reason.DAMAGED, "the database file is damaged (H2 error " + e.getErrorCode() + ")", e);
        };
    }

    private static void createPrivateDir(Path dir) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir);
                }
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new JournalException(Reason.IO, "cannot create data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {} after a failed create", file.getFileName());
        }
    }
}
