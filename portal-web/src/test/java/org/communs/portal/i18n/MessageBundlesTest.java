package org.communs.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties bundle(Language language) throws IOException {
        String path = "/i18n/messages_" + language.code() + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyTextExistsInFrenchAndInEnglish() throws IOException {
        Set<String> french = new TreeSet<>(bundle(Language.FRENCH).stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle(Language.ENGLISH).stringPropertyNames());
        assertEquals(french, english);
    }

    @Test
    void apostrophesAreDoubledOnlyInTextsWithPlaceholders() throws IOException {
        // Pages show texts without placeholders as they are, while MessageFormat reads '' as one quote.
        for (Language language : Language.values()) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                String problem = language + " " + key + ": " + text;
                if (formatted) {
                    assertFalse(text.replace("''", "").contains("'"), problem);
                } else {
                    assertFalse(text.contains("''"), problem);
                }
            }
        }
    }

    @Test
    void textsAreReadAsUtf8AndFormattedInTheReadersLanguage() {
        assertEquals("Le lien « ftp://x » n'est pas une adresse web valide (http ou https).",
                Messages.text(Language.FRENCH, "launcher.error.badUrl", "ftp://x"));
        assertEquals("The link “ftp://x” is not a valid web address (http or https).",
                Messages.text(Language.ENGLISH, "launcher.error.badUrl", "ftp://x"));
    }

    @Test
    void aMissingTextIsVisibleRatherThanSilentlyInAnotherLanguage() {
        assertEquals("???no.such.key???", Messages.text(Language.FRENCH, "no.such.key"));
        assertNotEquals(Messages.text(Language.FRENCH, "nav.home"), Messages.text(Language.ENGLISH, "nav.home"));
    }
}
