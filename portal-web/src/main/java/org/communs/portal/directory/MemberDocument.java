package org.communs.portal.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.communs.portal.index.GeoPoint;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;
import org.communs.portal.member.MemberSummary;

/**
 * A member's profile as the search index holds it: three nested layers, one per
 * {@link FieldVisibility}, so the index finds, counts and highlights each field only for the
 * readers its owner chose (see {@link Layer}).
 */
final class MemberDocument {

    static final String TYPE = "member";
    static final String ADMIN_ROLE = org.communs.portal.search.SearchReaders.ADMIN_ROLE;

    private MemberDocument() {
    }

    static SearchDocument of(MemberSummary member, Profile profile, Set<Long> collectives, TownGazetteer towns) {
        EnumMap<FieldVisibility, Layer> layers = new EnumMap<>(FieldVisibility.class);
        layers.put(FieldVisibility.MEMBERS, Layer.visibleTo(Visibility.members()));
        layers.put(FieldVisibility.COLLECTIVES, Layer.visibleTo(
                collectives.isEmpty() ? Visibility.noOneMore() : Visibility.collectives(collectives)));
        layers.put(FieldVisibility.ADMINS, Layer.visibleTo(
                Visibility.named(Set.of(member.id())).and(Visibility.role(ADMIN_ROLE))));

        // The e-mail comes from the account, so members without a profile yet have it too.
        add(layers, profile, ProfileField.EMAIL, layer -> layer.withText("email", member.email()));
        if (profile != null) {
            add(layers, profile, ProfileField.JOB, layer -> layer.withText("job", profile.jobTitle()));
            add(layers, profile, ProfileField.BIO, layer -> layer.withText("bio", profile.bio()));
            add(layers, profile, ProfileField.SKILLS, layer -> layer.withText("skills", String.join(", ", profile.skillList()))
                    .withFacet("skill", profile.skillList()));
            add(layers, profile, ProfileField.LANGUAGES, layer -> layer.withText("languages", languageNames(profile.languages()))
                    .withFacet("language", profile.languages()));
            add(layers, profile, ProfileField.PHONES, layer -> layer.withText("phones", phones(profile.phones())));
            add(layers, profile, ProfileField.LINKS, layer -> layer.withText("links", String.join("\n", profile.links())));
            if (profile.town() != null) {
                String town = towns.canonical(profile.town());
                add(layers, profile, ProfileField.TOWN, layer -> layer
                        .withText("town", profile.postcode() == null ? town : town + " " + profile.postcode())
                        .withFacet("town", List.of(town)));
            }
            if (profile.latitude() != null && profile.longitude() != null) {
                GeoPoint place = new GeoPoint(profile.latitude(), profile.longitude());
                add(layers, profile, ProfileField.LOCATION, layer -> layer.at(place));
            }
        }
        return new SearchDocument(TYPE, String.valueOf(member.id()), MemberNames.name(member, profile),
                MemberNames.sortKey(member, profile), List.copyOf(layers.values()));
    }

    private static void add(EnumMap<FieldVisibility, Layer> layers, Profile profile, ProfileField field, UnaryOperator<Layer> content) {
        FieldVisibility visibility = profile == null ? field.byDefault() : profile.visibility(field);
        layers.put(visibility, content.apply(layers.get(visibility)));
    }

    /** Both languages' names, so "espagnol" and "Spanish" find the same people. */
    private static String languageNames(List<String> codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(SpokenLanguages.name(code, Locale.FRENCH));
            names.add(SpokenLanguages.name(code, Locale.ENGLISH));
        }
        return String.join(", ", names);
    }

    /** As written and as digits only, so "0612345678" finds "06 12 34 56 78". */
    private static String phones(List<String> phones) {
        List<String> forms = new ArrayList<>();
        for (String phone : phones) {
            forms.add(phone);
            forms.add(phone.replaceAll("[^0-9+]", ""));
        }
        return String.join("\n", forms);
    }
}
