package org.communs.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;

/**
 * A member as the portal indexes a profile: what every member sees, the phone for one collective,
 * the e-mail for the member and the admins. Three audiences make up to three Lucene views per
 * member, which is what the build time and the visibility filter have to cope with.
 */
final class MemberDocuments {

    static final String TYPE = "member";

    private MemberDocuments() {
    }

    static SearchDocument of(Member member) {
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.visibleTo(Visibility.members())
                .withText("job", member.job())
                .withText("skills", String.join(", ", member.skills()))
                .withText("bio", member.bio())
                .withFacet("skill", member.skills())
                .withFacet("language", member.languages())
                .withFacet("town", List.of(member.town().name()))
                .at(member.location()));
        if (member.collective() != null) {
            layers.add(Layer.visibleTo(Visibility.collective(member.collective())).withText("phone", member.phone()));
        }
        layers.add(Layer.visibleTo(Visibility.named(Set.of((long) member.id())).and(Visibility.role("admin")))
                .withText("email", member.email()));
        return new SearchDocument(TYPE, String.valueOf(member.id()), member.firstName() + " " + member.lastName(),
                member.lastName() + " " + member.firstName(), layers);
    }
}
