package no.hjelperjournal.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.hjelperjournal.journal.JournalException;
import org.slf4j.LoggerFactory;

/**
 * The one background executor: disk, key derivation and matching run here, never on the FX thread. Results are handed
 * back through the given callback executor (the FX thread in the app). Beside it, one lower lane for long work that the
 * volunteer never waits for (training the learned warnings, seconds of CPU): on the main lane it would hold up the
 * unlock and every autosave behind it.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor;
    private final ExecutorService idle;
    private final java.util.concurrent.Executor callbacks;

    public Background(java.util.concurrent.Executor callbacks) {
        this.callbacks = callbacks;
        // One thread: journal writes (autosave, save, lock) are serialised without further locking.
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon(true).name("hjelperjournal-bg").factory());
        this.idle = Executors.newSingleThreadExecutor(Thread.ofPlatform()
                .daemon(true)
                .priority(Thread.MIN_PRIORITY)
                .name("hjelperjournal-idle")
                .factory());
    }

    public <T> Future<?> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(executor, work, onSuccess, onFailure);
    }

    /** As {@link #run}, on the lower lane: for long work nobody waits for, which must not hold up the journal's. */
    public <T> Future<?> runIdle(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(idle, work, onSuccess, onFailure);
    }

    private <T> Future<?> submit(
            ExecutorService lane, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return lane.submit(() -> {
            try {
                var result = work.call();
                callbacks.execute(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                // A wrong passphrase is an answer, not a failure: the lock screen says so, the log need not.
                var expected =
                        t instanceof JournalException je && je.reason() == JournalException.Reason.WRONG_PASSPHRASE;
                var log = LoggerFactory.getLogger(Background.class);
                if (expected) {
                    log.debug("background task refused: wrong passphrase");
                } else {
                    log.warn("background task failed: {}", t.getClass().getName());
                }
                callbacks.execute(() -> onFailure.accept(t));
            }
        });
    }

    /** Runs {@code work} and waits for it; used on shutdown, where the last save must finish before exit. */
    public <T> T runAndWait(Callable<T> work) throws Exception {
        return executor.submit(work).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        idle.shutdownNow();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
