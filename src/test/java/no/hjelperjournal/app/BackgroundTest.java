package no.hjelperjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.hjelperjournal.journal.JournalException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BackgroundTest {

    @Test
    void aWrongPassphraseIsNoFailureInTheLogButOtherErrorsAre() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger(Background.class);
        var seen = new ListAppender<ILoggingEvent>();
        seen.start();
        logger.addAppender(seen);
        try (var background = new Background(Runnable::run)) {
            var done = new CountDownLatch(2);
            background.run(
                    () -> {
                        throw new JournalException(JournalException.Reason.WRONG_PASSPHRASE, "wrong passphrase");
                    },
                    _ -> {},
                    _ -> done.countDown());
            background.run(
                    () -> {
                        throw new IllegalStateException("disk gone");
                    },
                    _ -> {},
                    _ -> done.countDown());
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("background task failed: java.lang.IllegalStateException");
    }

    /** Training the learned warnings takes seconds: on the lower lane it holds up no unlock and no autosave. */
    @Test
    void longWorkOnTheLowerLaneHoldsUpNothingOnTheMainOne() throws Exception {
        try (var background = new Background(Runnable::run)) {
            var release = new CountDownLatch(1);
            var idleDone = new CountDownLatch(1);
            background.runIdle(
                    () -> release.await(10, TimeUnit.SECONDS), _ -> idleDone.countDown(), _ -> idleDone.countDown());
            var mainDone = new CountDownLatch(1);
            background.run(() -> "saved", _ -> mainDone.countDown(), _ -> {});
            assertThat(mainDone.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(idleDone.getCount()).isEqualTo(1);
            release.countDown();
            assertThat(idleDone.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
