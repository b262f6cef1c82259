package org.communs.portal.directory;

import java.util.Locale;

/**
 * The fields of a profile whose readers the member chooses. The name is not among them: the
 * directory shows at least who someone is. Defaults are privacy-friendly: what helps find
 * someone for their work (job, skills, languages) is open to members; how to reach or locate
 * them stays with their collectives or with nobody until they choose otherwise.
 */
public enum ProfileField {
    PHOTO(FieldVisibility.COLLECTIVES),
    JOB(FieldVisibility.MEMBERS),
    SKILLS(FieldVisibility.MEMBERS),
    LANGUAGES(FieldVisibility.MEMBERS),
    BIO(FieldVisibility.COLLECTIVES),
    TOWN(FieldVisibility.COLLECTIVES),
    LINKS(FieldVisibility.COLLECTIVES),
    EMAIL(FieldVisibility.ADMINS),
    PHONES(FieldVisibility.ADMINS),
    LOCATION(FieldVisibility.ADMINS);

    private final FieldVisibility byDefault;

    ProfileField(FieldVisibility byDefault) {
        this.byDefault = byDefault;
    }

    public FieldVisibility byDefault() {
        return byDefault;
    }

    public String messageKey() {
        return "profile.field." + name().toLowerCase(Locale.ROOT);
    }
}
