package org.communs.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.communs.portal.index.Reader;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;

/** The search index's reader for a member: their grants are their memberships and roles. */
@ApplicationScoped
public class SearchReaders {

    /** The grant admins hold in every document's most private layer. */
    public static final String ADMIN_ROLE = "admin";

    @Inject
    CollectiveRoles collectiveRoles;

    public Reader of(MemberSummary reader) {
        boolean insider = reader.has(GlobalRole.MEMBER) || reader.has(GlobalRole.COLLECTIVE_LEAD) || reader.has(GlobalRole.ADMIN);
        return new Reader(reader.id(), insider, collectiveRoles.collectivesOf(reader.id()),
                reader.has(GlobalRole.ADMIN) ? Set.of(ADMIN_ROLE) : Set.of());
    }
}
