package org.communs.portal.api.setting;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting a plugin declares in {@code Plugin.settings()}.
 *
 * @param name         lower-case letters, digits and dashes, unique in the plugin
 * @param type         what it holds
 * @param bundle       the plugin's bundle holding its label
 * @param labelKey     the label admins read
 * @param defaultValue its value until an admin sets one, written as the type reads it ({@code "30"},
 *                     {@code "true"}, one of the choices; {@code ""} for none)
 * @param choices      for {@link SettingType#CHOICE}, the values allowed (labels under {@code labelKey.<value>}); empty otherwise
 */
public record Setting(String name, SettingType type, String bundle, String labelKey, String defaultValue, List<String> choices) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** @throws IllegalArgumentException for a bad name, a choice setting without choices, or a default its type refuses */
    public Setting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A setting's name is lower-case letters, digits and dashes: " + name);
        }
        if ((type == SettingType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("Choices are for choice settings, and a choice setting has some: " + name);
        }
        if (!defaultValue.isEmpty() && !accepts(type, choices, defaultValue)) {
            throw new IllegalArgumentException("The default of " + name + " is not a " + type + ": " + defaultValue);
        }
    }

    /** A setting of any type but a choice. */
    public static Setting of(String name, SettingType type, String bundle, String labelKey, String defaultValue) {
        return new Setting(name, type, bundle, labelKey, defaultValue, List.of());
    }

    /** @return whether the value is one this setting can hold */
    public boolean accepts(String value) {
        return value != null && (value.isEmpty() || accepts(type, choices, value));
    }

    private static boolean accepts(SettingType type, List<String> choices, String value) {
        return switch (type) {
            case TEXT, SECRET -> value.length() <= 500 && value.chars().noneMatch(c -> c == '\n' || c == '\r');
            case NUMBER -> value.matches("-?\\d{1,18}");
            case YES_NO -> value.equals("true") || value.equals("false");
            case CHOICE -> choices.contains(value);
        };
    }
}
