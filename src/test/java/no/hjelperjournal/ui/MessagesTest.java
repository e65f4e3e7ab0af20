package no.hjelperjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    void englishHasEveryNorwegianStringAndNoExtra() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void norwegianIsTheDefaultEvenOnAnEnglishMachine() {
        var previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new I18n(Locale.forLanguageTag("nb")).tr("main.lock")).isEqualTo("Lås");
            assertThat(new I18n(Locale.ENGLISH).tr("main.lock")).isEqualTo("Lock");
            assertThat(new I18n(Locale.forLanguageTag("nb")).tr("main.today", 3))
                    .isEqualTo("I dag (3)");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
