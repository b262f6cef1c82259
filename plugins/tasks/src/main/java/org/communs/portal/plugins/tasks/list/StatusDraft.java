package org.communs.portal.plugins.tasks.list;

import java.util.Locale;
import java.util.regex.Pattern;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/**
 * A status about to be stored, checked.
 *
 * @param name     1 to {@value #MAX_NAME} characters
 * @param colour   {@code #rrggbb}, lower case
 * @param category what it means
 */
public record StatusDraft(String name, String colour, StatusCategory category) {

    /** The longest name, as the column allows. */
    public static final int MAX_NAME = 60;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    /**
     * @return the checked status
     * @throws InvalidInputException naming the first broken rule
     */
    public static StatusDraft checked(String name, String colour, String category) {
        String cleanName = InputChecks.name("statusName", name, MAX_NAME);
        String cleanColour = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(cleanColour).matches()) {
            throw new InvalidInputException("statusColour", "error.statusColour.invalid");
        }
        StatusCategory cleanCategory = StatusCategory.parse(category)
                .orElseThrow(() -> new InvalidInputException("statusCategory", "error.statusCategory.unknown"));
        return new StatusDraft(cleanName, cleanColour, cleanCategory);
    }
}
