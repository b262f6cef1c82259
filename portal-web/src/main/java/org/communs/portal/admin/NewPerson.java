package org.communs.portal.admin;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;

/**
 * Someone an admin invites. The login is derived from the e-mail address, which must be unique.
 */
public record NewPerson(String email, String firstName, String lastName, Set<GlobalRole> roles) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** @throws PortalException (invalid input) with the field at fault */
    public NewPerson {
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new PortalException(Reason.INVALID_INPUT, "admin.invite.badEmail", email);
        }
        if (firstName.isEmpty() || lastName.isEmpty() || firstName.length() > 100 || lastName.length() > 100) {
            throw new PortalException(Reason.INVALID_INPUT, "admin.invite.nameRequired");
        }
        if (roles == null || roles.isEmpty()) {
            throw new PortalException(Reason.INVALID_INPUT, "admin.invite.roleRequired");
        }
        roles = Set.copyOf(roles);
    }

    public String username() {
        return email;
    }
}
