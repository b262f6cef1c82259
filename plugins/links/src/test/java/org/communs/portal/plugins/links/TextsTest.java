package org.communs.portal.plugins.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in French and English, and every key the code and pages use exists. */
class TextsTest {

    private static final Pattern USED_KEY = Pattern.compile("[\"']((links)\\.[a-zA-Z]+(\\.[a-zA-Z]+)+)[\"']");
    // Keys that look like texts but are something else.
    private static final Set<String> NOT_TEXTS = Set.of("links.manage");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(bundle("messages.properties").stringPropertyNames(), bundle("messages_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInCodeAndPagesExists() throws IOException {
        Set<String> french = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(french);
        missing.removeAll(NOT_TEXTS);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTextFormatsAndFrenchUsesTypographicApostrophes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                // A plain ' is a quote for MessageFormat and would swallow the text around it.
                assertFalse(text.contains("'"), file + " " + key + " has a plain apostrophe");
                String formatted = new MessageFormat(text, Locale.FRENCH).format(new Object[] {"X"});
                assertFalse(formatted.isBlank(), key);
            }
        }
    }

    @Test
    void frenchIsTheDefault() throws IOException {
        assertEquals("Liens utiles", bundle("messages.properties").getProperty("links.menu"));
        assertEquals("Useful links", bundle("messages_en.properties").getProperty("links.menu"));
    }

    private static Properties bundle(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is missing");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("src/main/resources/META-INF/resources")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = USED_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 20, "the scan finds the keys in use: " + keys);
        return keys;
    }
}
