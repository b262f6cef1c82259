package org.communs.portal.mailing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed value in a mail's unsubscribe link: who, from which collective, until when. Anyone
 * holding the link may stop that member's e-mails from that collective, and nothing else: no
 * sign-in is needed, and a changed character breaks the signature.
 *
 * @param expires the last day the link works
 */
public record UnsubscribeToken(long memberId, long collectiveId, LocalDate expires) {

    /** Long enough for an old mail found in an archive; after it, signing in does the same. */
    static final int VALID_DAYS = 365;

    /** What reading a token found. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    /** The outcome of reading a token: the token when it is valid or expired (to name the collective), else null. */
    public record Reading(Verdict verdict, UnsubscribeToken token) {
    }

    public String sign(byte[] key) {
        String payload = memberId + "." + collectiveId + "." + expires.toEpochDay();
        return encode(payload.getBytes(StandardCharsets.US_ASCII)) + "." + encode(mac(key, payload));
    }

    public static Reading read(String text, byte[] key, LocalDate today) {
        if (text == null || text.length() > 200) {
            return new Reading(Verdict.FORGED, null);
        }
        int dot = text.lastIndexOf('.');
        if (dot <= 0) {
            return new Reading(Verdict.FORGED, null);
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(text.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(key, payload))) {
                return new Reading(Verdict.FORGED, null);
            }
            String[] parts = payload.split("\\.");
            UnsubscribeToken token = new UnsubscribeToken(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    LocalDate.ofEpochDay(Long.parseLong(parts[2])));
            return new Reading(today.isAfter(token.expires()) ? Verdict.EXPIRED : Verdict.VALID, token);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return new Reading(Verdict.FORGED, null);
        }
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
