package org.communs.portal.api.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of entry a plugin shows ("Tâches", "Rendez-vous"), which members can hide on the Agenda.
 *
 * @param name     lower-case letters, digits and dashes, unique in the plugin
 * @param bundle   the plugin's resource bundle holding the label
 * @param labelKey the kind's label in the filter of the Agenda
 * @param colour   its colour on the Agenda, {@code #rrggbb}; choose one that white text reads on
 */
public record CalendarKind(String name, String bundle, String labelKey, String colour) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** @throws IllegalArgumentException for a name or colour not of its form */
    public CalendarKind {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A calendar kind is lower-case letters, digits and dashes: " + name);
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("A colour is #rrggbb: " + colour);
        }
    }
}
