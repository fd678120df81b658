package com.customerhealth.adapters;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature most helpdesks send: a header {@code <prefix><hex HMAC(secret, signed bytes)>}, such as
 * {@code X-Hub-Signature: sha1=5d6e...}. Compared in constant time, hex in either case.
 *
 * <pre>{@code
 * HexHmac.require(request, "X-Hub-Signature", "sha256=", HexHmac.SHA256, secret, request.body());
 * }</pre>
 */
public final class HexHmac {

    /** HMAC with SHA-1, as Zammad signs. */
    public static final String SHA1 = "HmacSHA1";
    /** HMAC with SHA-256. */
    public static final String SHA256 = "HmacSHA256";

    private HexHmac() {
    }

    /** The lower-case hex HMAC of {@code signed} keyed by {@code secret}'s UTF-8 bytes. */
    public static String of(String algorithm, String secret, byte[] signed) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The runtime has no " + algorithm, e);
        }
    }

    /**
     * Checks that the header {@code name} of {@code request} is {@code prefix} followed by the hex HMAC of
     * {@code signed}.
     *
     * @throws SignatureRefused when the header is missing, written otherwise, or signs something else
     */
    public static void require(WebhookRequest request, String name, String prefix, String algorithm, String secret,
                               byte[] signed) {
        String sent = request.header(name);
        if (sent == null) {
            throw new SignatureRefused("The request must be signed: header " + name + " is missing; give the"
                    + " helpdesk's webhook the secret configured for it");
        }
        if (!sent.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            throw new SignatureRefused(name + " must be " + prefix + "<hex " + algorithm + ">");
        }
        byte[] expected = of(algorithm, secret, signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sent.substring(prefix.length()).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new SignatureRefused(name + " does not match the body signed with the secret configured for this"
                    + " helpdesk and tenant");
        }
    }
}
