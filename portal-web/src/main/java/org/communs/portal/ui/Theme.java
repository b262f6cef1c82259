package org.communs.portal.ui;

import java.util.Optional;

/** The shell's colour themes, each backed by a PrimeFaces theme of the same brightness. */
public enum Theme {
    LIGHT("light", "saga-blue"),
    DARK("dark", "vela-blue");

    public static final Theme DEFAULT = LIGHT;

    private final String code;
    private final String primeFacesTheme;

    Theme(String code, String primeFacesTheme) {
        this.code = code;
        this.primeFacesTheme = primeFacesTheme;
    }

    /** As stored in the preference cookie and used in the page's {@code data-theme}. */
    public String code() {
        return code;
    }

    public String primeFacesTheme() {
        return primeFacesTheme;
    }

    public static Optional<Theme> fromCode(String code) {
        for (Theme theme : values()) {
            if (theme.code.equalsIgnoreCase(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
