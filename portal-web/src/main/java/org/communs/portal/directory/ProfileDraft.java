package org.communs.portal.directory;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A profile being edited: what the form (or an API client) sent, normalised, with the problems
 * that keep it from being saved. Lists are edited as text (one skill per comma, one phone or link
 * per line), as members type them.
 */
public class ProfileDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_NAME = 100;
    static final int MAX_JOB = 150;
    static final int MAX_BIO = 2_000;
    static final int MAX_TOWN = 100;
    static final int MAX_SKILL = 60;
    static final int MAX_SKILLS = 20;
    static final int MAX_PHONES = 3;
    static final int MAX_LINKS = 5;
    static final int MAX_LINK = 500;
    private static final Pattern POSTCODE = Pattern.compile("[0-9A-Za-z -]{1,10}");
    /** At most 40 characters in all, the column's size. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{4,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    /** A reason the draft cannot be saved, as a message key for the field it concerns. */
    public record Problem(ProfileInput input, String key, Object... arguments) {
    }

    /** The inputs of the form, to attach a problem to the right one. */
    public enum ProfileInput { FIRST_NAME, LAST_NAME, JOB, BIO, SKILLS, LANGUAGES, PHONES, LINKS, TOWN, POSTCODE, LOCATION, VISIBILITY }

    private String firstName;
    private String lastName;
    private String jobTitle;
    private String bio;
    private String skills = "";
    private List<String> languages = new ArrayList<>();
    private String phones = "";
    private String links = "";
    private String town;
    private String postcode;
    private Double latitude;
    private Double longitude;
    private Map<String, String> visibilityChoices = new LinkedHashMap<>();

    public ProfileDraft() {
        for (ProfileField field : ProfileField.values()) {
            visibilityChoices.put(field.name(), field.byDefault().name());
        }
    }

    /** The draft of a saved profile, or of an empty one for a member who never filled it in. */
    static ProfileDraft of(Profile profile) {
        ProfileDraft draft = new ProfileDraft();
        if (profile == null) {
            return draft;
        }
        draft.firstName = profile.firstName();
        draft.lastName = profile.lastName();
        draft.jobTitle = profile.jobTitle();
        draft.bio = profile.bio();
        draft.skills = String.join(", ", profile.skillList());
        draft.languages = new ArrayList<>(profile.languages());
        draft.phones = String.join("\n", profile.phones());
        draft.links = String.join("\n", profile.links());
        draft.town = profile.town();
        draft.postcode = profile.postcode();
        draft.latitude = profile.latitude();
        draft.longitude = profile.longitude();
        for (ProfileField field : ProfileField.values()) {
            draft.visibilityChoices.put(field.name(), profile.visibility(field).name());
        }
        return draft;
    }

    /** Everything that keeps the draft from being saved; empty when it may be. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        checkText(problems, ProfileInput.FIRST_NAME, firstName, MAX_NAME);
        checkText(problems, ProfileInput.LAST_NAME, lastName, MAX_NAME);
        checkText(problems, ProfileInput.JOB, jobTitle, MAX_JOB);
        checkText(problems, ProfileInput.BIO, bio, MAX_BIO);
        checkText(problems, ProfileInput.TOWN, town, MAX_TOWN);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            problems.add(new Problem(ProfileInput.POSTCODE, "profile.error.postcode"));
        }
        List<String> skillList = skillList();
        if (skillList.size() > MAX_SKILLS) {
            problems.add(new Problem(ProfileInput.SKILLS, "profile.error.tooMany", MAX_SKILLS));
        }
        skillList.stream().filter(skill -> skill.length() > MAX_SKILL).findFirst()
                .ifPresent(skill -> problems.add(new Problem(ProfileInput.SKILLS, "profile.error.skillTooLong", MAX_SKILL)));
        languages.stream().filter(code -> !SpokenLanguages.isKnown(code)).findFirst()
                .ifPresent(code -> problems.add(new Problem(ProfileInput.LANGUAGES, "profile.error.language", code)));
        List<String> phoneList = phoneList();
        if (phoneList.size() > MAX_PHONES) {
            problems.add(new Problem(ProfileInput.PHONES, "profile.error.tooMany", MAX_PHONES));
        }
        phoneList.stream().filter(phone -> !PHONE.matcher(phone).matches()).findFirst()
                .ifPresent(phone -> problems.add(new Problem(ProfileInput.PHONES, "profile.error.phone", phone)));
        List<String> linkList = linkList();
        if (linkList.size() > MAX_LINKS) {
            problems.add(new Problem(ProfileInput.LINKS, "profile.error.tooMany", MAX_LINKS));
        }
        linkList.stream().filter(link -> !isWebLink(link)).findFirst()
                .ifPresent(link -> problems.add(new Problem(ProfileInput.LINKS, "profile.error.link", shorten(link))));
        if ((latitude == null) != (longitude == null) || (latitude != null
                && !(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180))) {
            problems.add(new Problem(ProfileInput.LOCATION, "profile.error.location"));
        }
        for (ProfileField field : ProfileField.values()) {
            if (visibilityOf(field) == null) {
                problems.add(new Problem(ProfileInput.VISIBILITY, "profile.error.visibility"));
                break;
            }
        }
        return problems;
    }

    private static void checkText(List<Problem> problems, ProfileInput input, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new Problem(input, "profile.error.tooLong", max, value.length()));
        } else if (CONTROL.matcher(value).find()) {
            problems.add(new Problem(input, "profile.error.control"));
        }
    }

    /** Only web addresses: a "javascript:" link in a profile would run in its readers' browsers. */
    private static boolean isWebLink(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /**
     * One entry per skill, the first spelling kept: "électricité" and "electricite" are one skill
     * to the database's accent-blind collation, so they must be one here too.
     */
    List<String> skillList() {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String skill : skills == null ? new String[0] : skills.split("[,;\\n]")) {
            String clean = skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                unique.putIfAbsent(TextKeys.folded(clean), clean);
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * Whether both drafts would save the same profile content (visibility choices aside): skills
     * compared as a set, since a saved profile does not keep the order they were typed in.
     */
    boolean sameContentAs(ProfileDraft other) {
        return content().equals(other.content());
    }

    private List<Object> content() {
        return Arrays.asList(clean(firstName), clean(lastName), clean(jobTitle), clean(bio), Set.copyOf(skillList()),
                phoneList(), linkList(), clean(town), clean(postcode));
    }

    List<String> phoneList() {
        return lines(phones);
    }

    List<String> linkList() {
        return lines(links);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    FieldVisibility visibilityOf(ProfileField field) {
        try {
            return FieldVisibility.valueOf(visibilityChoices.getOrDefault(field.name(), ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Map<ProfileField, FieldVisibility> getVisibility() {
        Map<ProfileField, FieldVisibility> chosen = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            chosen.put(field, visibilityOf(field));
        }
        return chosen;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = clean(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = clean(lastName);
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = clean(jobTitle);
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = clean(bio);
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills == null ? "" : skills;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(languages));
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones == null ? "" : phones;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links == null ? "" : links;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = clean(town);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = clean(postcode);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    /** Field name → visibility name, as the form's selects bind them. */
    public Map<String, String> getVisibilityChoices() {
        return visibilityChoices;
    }

    public void setVisibilityChoices(Map<String, String> visibilityChoices) {
        this.visibilityChoices = new LinkedHashMap<>(visibilityChoices);
    }
}
