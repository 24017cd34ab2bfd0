package io.claimflow.store.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Claimflow-Signature} of a webhook body: {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact
 * body bytes, keyed with the watch's secret (UTF-8). A receiver computes the same over the raw body it received and
 * compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Claimflow-Signature";
    static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header's value for this body and secret. */
    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
