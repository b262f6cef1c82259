package org.communs.portal.agenda;

/**
 * A kind of entry on the Agenda, which members can hide.
 *
 * @param key    unique on the Agenda ({@code tasks/due})
 * @param label  in the reader's language
 * @param colour {@code #rrggbb}, darkened where white text would not read on it (see {@link ReadableColour})
 */
public record AgendaKind(String key, String label, String colour) implements java.io.Serializable {

    public AgendaKind {
        colour = ReadableColour.underWhiteText(colour);
    }
}
