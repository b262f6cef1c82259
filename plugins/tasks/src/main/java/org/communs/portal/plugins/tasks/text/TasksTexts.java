package org.communs.portal.plugins.tasks.text;

import java.util.Locale;
import org.communs.portal.api.plugin.Texts;
import org.communs.portal.plugins.tasks.problem.TasksProblem;

/** The plugin's bundle, in the current member's language (French outside a member's request). */
public final class TasksTexts {

    /** Base name of the bundle: {@code messages.properties} (French) and {@code messages_en.properties}. */
    public static final String BUNDLE = "org.communs.portal.plugins.tasks.messages";

    private final Texts texts;

    /** @param texts the portal's texts for this plugin */
    public TasksTexts(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param key       a key of the bundle
     * @param arguments values for its placeholders
     * @return the text in the reader's language
     */
    public String text(String key, Object... arguments) {
        return texts.text(BUNDLE, key, arguments);
    }

    /** @return why a problem happened, in the reader's language */
    public String explain(TasksProblem problem) {
        return text(problem.messageKey(), problem.arguments());
    }

    /** @return the reader's language */
    public Locale locale() {
        return texts.locale();
    }
}
