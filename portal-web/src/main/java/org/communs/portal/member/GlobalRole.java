package org.communs.portal.member;

import java.util.Optional;

/** The portal-wide roles, kept in Keycloak as realm roles and carried by the {@code groups} claim. */
public enum GlobalRole {
    MEMBER("member"),
    COLLECTIVE_LEAD("collective-lead"),
    ADMIN("admin"),
    GUEST("guest");

    private final String roleName;

    GlobalRole(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role's name in Keycloak and the Jakarta Security role name. */
    public String roleName() {
        return roleName;
    }

    public static Optional<GlobalRole> fromRoleName(String name) {
        for (GlobalRole role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
