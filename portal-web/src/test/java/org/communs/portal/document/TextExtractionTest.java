package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

    private final TextExtraction extraction = new TextExtraction();

    @Test
    void readsTheTextOfAPlainFile() {
        Optional<String> text = extraction.text(stream("Procès-verbal de l'assemblée générale\nBudget voté."), "pv.txt");

        assertTrue(text.orElseThrow().contains("assemblée générale"));
    }

    @Test
    void stopsWhenItsTimeIsUp() {
        assertEquals(Optional.empty(), extraction.text(stream("Un texte\n".repeat(10_000)), "long.txt", Duration.ZERO),
                "nothing was read in no time, and the extraction ended instead of running on");
    }

    @Test
    void aCorruptPdfHasNoText() {
        assertEquals(Optional.empty(), extraction.text(stream("%PDF-1.7\nbroken"), "broken.pdf"));
    }

    @Test
    void aVeryLongTextIsCutAtTheLimit() {
        String text = extraction.text(stream("mot ".repeat(200_000)), "long.txt").orElseThrow();

        assertTrue(text.length() <= TextExtraction.MAX_CHARS, "cut at " + text.length());
        assertTrue(text.length() > TextExtraction.MAX_CHARS - 10);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
