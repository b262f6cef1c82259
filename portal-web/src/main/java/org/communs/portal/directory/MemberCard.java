package org.communs.portal.directory;

import java.util.List;
import org.communs.portal.index.Highlight;

/**
 * A member in the directory's results: what the reader may see of them, with why they matched.
 *
 * @param highlights matching words in fields the reader may see
 * @param distanceKm from the "near" point, when asked and the member's place is visible
 */
public record MemberCard(VisibleProfile profile, List<Highlight> highlights, Double distanceKm) {

    /** Matches outside the name, job and town that the card shows anyway. */
    public List<Highlight> otherMatches() {
        return highlights.stream().filter(h -> !List.of("title", "job", "town").contains(h.field())).toList();
    }
}
