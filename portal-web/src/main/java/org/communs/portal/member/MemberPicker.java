package org.communs.portal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * The member pickers of forms (naming a lead, sharing a folder): suggestions as "Name (#id)", the
 * most recently active first, so that of two people with the same name the one who uses the portal
 * comes up; and the id back from a picked suggestion.
 */
@ApplicationScoped
public class MemberPicker {

    static final int SHOWN = 10;

    @Inject
    Members members;

    public List<String> suggestions(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return members.search(new MemberQuery(text, null, MemberStatus.ACTIVE, 0, 200)).stream()
                .sorted(Comparator.comparing((MemberSummary m) -> m.lastLoginAt() == null ? Instant.EPOCH : m.lastLoginAt())
                        .reversed())
                .limit(SHOWN).map(member -> member.displayName() + " (#" + member.id() + ")").toList();
    }

    /** @throws PortalException invalid input when the text is not a picked suggestion */
    public static long idOf(String picked) {
        if (picked != null) {
            int hash = picked.lastIndexOf("(#");
            if (hash >= 0 && picked.endsWith(")")) {
                try {
                    return Long.parseLong(picked.substring(hash + 2, picked.length() - 1));
                } catch (NumberFormatException ignored) {
                    // falls through to the refusal
                }
            }
        }
        throw new PortalException(Reason.INVALID_INPUT, "collective.error.leadUnknown");
    }
}
