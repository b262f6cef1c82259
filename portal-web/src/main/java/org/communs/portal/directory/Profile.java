package org.communs.portal.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a member tells the directory about themselves; one row per member who filled it in. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "job_title", length = 150)
    private String jobTitle;

    @Column(columnDefinition = "TEXT")
    private String bio;

    @Column(length = 100)
    private String town;

    @Column(length = 10)
    private String postcode;

    private Double latitude;

    private Double longitude;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_visibility", joinColumns = @JoinColumn(name = "member_id"))
    @MapKeyColumn(name = "field", length = 32)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "visibility", length = 16)
    @Enumerated(EnumType.STRING)
    private Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_skill", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "skill", length = 60)
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_language", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "language", length = 8)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_phone", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone", length = 40)
    private List<String> phones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_link", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = 500)
    private List<String> links = new ArrayList<>();

    protected Profile() {
        // for JPA
    }

    Profile(long memberId) {
        this.memberId = memberId;
        this.updatedAt = Instant.now();
    }

    /** Takes a checked draft as a whole. */
    void update(ProfileDraft draft) {
        firstName = draft.getFirstName();
        lastName = draft.getLastName();
        jobTitle = draft.getJobTitle();
        bio = draft.getBio();
        town = draft.getTown();
        postcode = draft.getPostcode();
        latitude = draft.getLatitude();
        longitude = draft.getLongitude();
        replace(skills, draft.skillList());
        replace(languages, draft.getLanguages());
        replace(phones, draft.phoneList());
        replace(links, draft.linkList());
        visibility.clear();
        visibility.putAll(draft.getVisibility());
        updatedAt = Instant.now();
    }

    private static <T> void replace(java.util.Collection<T> current, java.util.Collection<T> wanted) {
        current.clear();
        current.addAll(wanted);
    }

    public long memberId() {
        return memberId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String bio() {
        return bio;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<String> skillList() {
        return List.copyOf(skills);
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    public List<String> phones() {
        return List.copyOf(phones);
    }

    public List<String> links() {
        return List.copyOf(links);
    }

    public FieldVisibility visibility(ProfileField field) {
        return visibility.getOrDefault(field, field.byDefault());
    }
}
