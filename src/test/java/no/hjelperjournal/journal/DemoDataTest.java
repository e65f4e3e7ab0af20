package no.hjelperjournal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 12, 0);

    @Test
    void sameSeedGivesTheSameContacts() {
        assertThat(new DemoData(7).contacts(300, NOW)).isEqualTo(new DemoData(7).contacts(300, NOW));
        assertThat(new DemoData(7).contacts(50, NOW)).isNotEqualTo(new DemoData(8).contacts(50, NOW));
    }

    @Test
    void contactsLookLikeAVolunteersYear() {
        var contacts = new DemoData(1).contacts(1000, NOW);
        assertThat(contacts).allSatisfy(c -> {
            assertThat(c.startedAt()).isBefore(NOW.plusMinutes(1)).isAfter(NOW.minusDays(367));
            assertThat(c.topicIds()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(c.notes()).isNotBlank();
            assertThat(c.caseLabel()).isPresent();
        });
        Set<Channel> channels = contacts.stream().map(ContactData::channel).collect(Collectors.toSet());
        assertThat(channels).containsExactlyInAnyOrder(Channel.values());
        var cases = contacts.stream()
                .map(c -> c.caseLabel().orElseThrow())
                .distinct()
                .count();
        assertThat(cases).isBetween(300L, 700L);
        var topics = contacts.stream().flatMap(c -> c.topicIds().stream()).collect(Collectors.toSet());
        assertThat(topics).hasSizeGreaterThanOrEqualTo(17);
    }
}
