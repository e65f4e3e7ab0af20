package no.hjelperjournal.journal;

import java.text.Normalizer;

/** Keeps odd input from spreadsheets and paste-ins sane: control characters out, line breaks and tabs kept. */
public final class TextCleaner {

    private TextCleaner() {}

    /** Notes: NFC, CRLF → LF, C0/C1 controls except tab and newline removed. Emoji and æøå are kept. */
    public static String multiLine(String text) {
        var nfc = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        var out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** Labels: like {@link #multiLine} but on one line with single spaces. */
    public static String singleLine(String text) {
        return multiLine(text).replaceAll("\\s+", " ");
    }
}
