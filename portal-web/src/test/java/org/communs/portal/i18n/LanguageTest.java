package org.communs.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void frenchIsTheDefaultWhenTheClientSpeaksNothingWeSpeak() {
        assertEquals(Language.FRENCH, Language.firstSpoken(List.of(Locale.GERMAN, Locale.ITALIAN)));
        assertEquals(Language.FRENCH, Language.firstSpoken(List.of()));
    }

    @Test
    void theClientsFirstSpokenPreferenceWins() {
        assertEquals(Language.ENGLISH, Language.firstSpoken(List.of(Locale.GERMAN, Locale.UK, Locale.FRANCE)));
    }

    @Test
    void unknownCodesAreRefused() {
        assertTrue(Language.fromCode("de").isEmpty());
        assertTrue(Language.fromCode(null).isEmpty());
        assertEquals(Language.ENGLISH, Language.fromCode("EN").orElseThrow());
    }
}
