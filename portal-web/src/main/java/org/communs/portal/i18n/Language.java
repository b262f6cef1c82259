package org.communs.portal.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. French comes first: it is the default for every member. */
public enum Language {
    FRENCH(Locale.FRENCH),
    ENGLISH(Locale.ENGLISH);

    public static final Language DEFAULT = FRENCH;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO 639 code, as stored in cookies and profiles ("fr", "en"). */
    public String code() {
        return locale.getLanguage();
    }

    /** @return the language with that code, or empty when the portal does not speak it */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first language of a client's preference list that the portal speaks, else the default. */
    public static Language firstSpoken(List<Locale> preferred) {
        return preferred.stream()
                .map(locale -> fromCode(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(DEFAULT);
    }
}
