package org.communs.portal.api.setting;

/**
 * The values of a plugin's settings: what an admin set, else the declared default. Read them
 * when needed rather than once at start: an admin's change applies at once.
 *
 * <pre>{@code
 * if (context.settings().yesNo("notify-discord")) {
 *     webhook(context.settings().text("discord-url"));
 * }
 * }</pre>
 */
public interface Settings {

    /**
     * @param name a declared setting
     * @return its value as text ({@code ""} when none)
     * @throws IllegalArgumentException for a setting the plugin did not declare
     */
    String text(String name);

    /** @return a {@link SettingType#NUMBER} setting's value, 0 when empty */
    long number(String name);

    /** @return a {@link SettingType#YES_NO} setting's value */
    boolean yesNo(String name);
}
