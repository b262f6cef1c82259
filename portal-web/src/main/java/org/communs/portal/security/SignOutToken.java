package org.communs.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A secret of the member's session that the shell's sign-out form carries, so that only the
 * portal's own pages can sign someone out: another site can make a browser post to
 * {@code /sign-out} but cannot read the token ({@link SignOutServlet} compares it).
 */
@SessionScoped
@Named("signOutToken")
public class SignOutToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    public SignOutToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        value = HexFormat.of().formatHex(bytes);
    }

    public String getValue() {
        return value;
    }

    /** Compared in constant time: how long a refusal takes says nothing of the token. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
