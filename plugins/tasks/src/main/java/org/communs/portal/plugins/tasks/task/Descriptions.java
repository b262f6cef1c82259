package org.communs.portal.plugins.tasks.task;

import org.communs.portal.api.plugin.RichText;

/** A task's description as it is stored: HTML cleaned by the portal's rules, "" when it shows nothing. */
final class Descriptions {

    private Descriptions() {
    }

    /** @return the cleaned HTML, or "" for one without visible text (an editor emptied sends {@code <p><br></p>}) */
    static String cleaned(RichText richText, String html) {
        String cleaned = richText.sanitise(html);
        return richText.plainText(cleaned).isBlank() ? "" : cleaned;
    }
}
