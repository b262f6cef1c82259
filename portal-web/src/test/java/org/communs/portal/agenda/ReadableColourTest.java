package org.communs.portal.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadableColourTest {

    private static double contrast(String hex) {
        return ReadableColour.contrastWithWhite(Integer.parseInt(hex.substring(1, 3), 16),
                Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16));
    }

    @Test
    void aDarkEnoughColourIsKept() {
        assertEquals("#1a5fb4", ReadableColour.underWhiteText("#1a5fb4"));
        assertEquals("#000000", ReadableColour.underWhiteText("#000000"));
    }

    @Test
    void aLightColourIsDarkenedJustEnoughForWhiteText() {
        String darkened = ReadableColour.underWhiteText("#2196F3");
        assertNotEquals("#2196f3", darkened);
        assertTrue(contrast(darkened) >= 4.5, darkened + " reads at " + contrast(darkened));
        assertTrue(contrast(darkened) < 5.5, "not darker than it needs: " + darkened);
        assertTrue(contrast(ReadableColour.underWhiteText("#ffffff")) >= 4.5, "even white becomes a grey white reads on");
    }

    @Test
    void theContrastIsWcags() {
        assertEquals(21.0, ReadableColour.contrastWithWhite(0, 0, 0), 0.01);
        assertEquals(1.0, ReadableColour.contrastWithWhite(255, 255, 255), 0.01);
        assertEquals(3.12, contrast("#2196f3"), 0.01);
    }
}
