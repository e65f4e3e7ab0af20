package no.hjelperjournal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifying details are found in the forms volunteers type them, and figures about the baby are left alone. */
class IdentifyingDetailsTest {

    private static List<IdentifyingDetails.Kind> kinds(String text) {
        return IdentifyingDetails.find(text).stream()
                .map(IdentifyingDetails.Span::kind)
                .toList();
    }

    @Test
    void phoneNumbersInTheUsualGroupingsAndFromAbroad() {
        assertThat(kinds("ring henne på 912 34 567 i kveld")).containsExactly(IdentifyingDetails.Kind.PHONE);
        assertThat(kinds("nr +47 41234567")).containsExactly(IdentifyingDetails.Kind.PHONE);
        assertThat(kinds("tlf 22 33 44 55")).containsExactly(IdentifyingDetails.Kind.PHONE);
        assertThat(kinds("svensk nummer +46 70 123 45 67")).containsExactly(IdentifyingDetails.Kind.PHONE);
    }

    @Test
    void idNumbersEmailAddressesAndPostcodes() {
        assertThat(kinds("fnr 01019912345")).containsExactly(IdentifyingDetails.Kind.NATIONAL_ID);
        assertThat(kinds("skriv til kari.nordmann@example.no")).containsExactly(IdentifyingDetails.Kind.EMAIL);
        assertThat(kinds("bor i Storgata 12b, 0182 Oslo"))
                .containsExactly(IdentifyingDetails.Kind.ADDRESS, IdentifyingDetails.Kind.POSTCODE);
    }

    @Test
    void temperaturesWeightsVolumesAndTimesAreNotDetails() {
        assertThat(IdentifyingDetails.find(
                        "38,9 i feber, bb veier 3600 g, pumper 120 ml hver 3. time, uke 40, kl 21.39, 116 117"))
                .isEmpty();
    }

    @Test
    void maskingKeepsEveryOtherCharacterInPlace() {
        var note = "pumper 60 ml, ring 912 34 567";
        var masked = IdentifyingDetails.mask(note);
        assertThat(masked).hasSameSizeAs(note).startsWith("pumper 60 ml, ring ").doesNotContain("912");
    }
}
