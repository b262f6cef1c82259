package org.communs.portal.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who has signed in to the portal at least once. Identity (name, e-mail, global roles)
 * comes from Keycloak and is refreshed at each sign-in; the status is the portal's own.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Member() {
        // for JPA
    }

    Member(Identity identity) {
        this.subject = Objects.requireNonNull(identity.subject(), "subject");
        this.status = MemberStatus.ACTIVE;
        this.createdAt = Instant.now();
        refresh(identity);
    }

    /** Takes the latest name, e-mail, language and roles that Keycloak reported. */
    void refresh(Identity identity) {
        this.username = identity.username();
        this.displayName = identity.displayName();
        this.email = identity.email();
        this.language = identity.language();
        this.roles = identity.roles().isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(identity.roles());
    }

    void signedInNow() {
        this.lastLoginAt = Instant.now();
    }

    void changeStatus(MemberStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus);
    }

    void changeRoles(Set<GlobalRole> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(newRoles);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public MemberStatus status() {
        return status;
    }

    public Set<GlobalRole> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
