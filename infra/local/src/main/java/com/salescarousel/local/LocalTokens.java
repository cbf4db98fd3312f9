package com.salescarousel.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.salescarousel.rep.Claims;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and verifies the local cloud's JWTs. They carry the claims Cognito's ID token gives
 * ({@code sub}, {@code email}, {@code name}, {@code custom:org}, {@code cognito:groups}); the key is
 * kept beside the data so a restart does not sign everyone out.
 */
public final class LocalTokens {
    static final String ISSUER = "carousel-local";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final byte[] key;
    private final Clock clock;

    LocalTokens(byte[] key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    static LocalTokens create(Path dataDir, Clock clock) throws IOException {
        return new LocalTokens(secret(dataDir, "local-jwt.key"), clock);
    }

    /** A random 32-byte key, kept in the data folder so it survives restarts (fresh when in memory). */
    static byte[] secret(Path dataDir, String name) throws IOException {
        byte[] key = new byte[32];
        if (dataDir != null && Files.exists(dataDir.resolve(name))) return Files.readAllBytes(dataDir.resolve(name));
        new SecureRandom().nextBytes(key);
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            Files.write(dataDir.resolve(name), key);
        }
        return key;
    }

    /** The same e-mail always signs in as the same rep. */
    static String subjectFor(String email) {
        return UUID.nameUUIDFromBytes(("carousel-local:" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String issue(String email, String name, String org, boolean manager) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(ISSUER).subject(subjectFor(email))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)))
                .claim(Claims.EMAIL, email).claim(Claims.NAME, name).claim(Claims.ORG, org)
                .claim("token_use", "id")
                .claim(Claims.GROUPS, manager ? List.of(Claims.MANAGERS) : List.of())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims as API Gateway's JWT authorizer hands them to Lambda (strings; arrays flattened to
     * {@code [a b]}), or empty for a missing, forged, expired or foreign token.
     */
    Optional<Map<String, String>> verify(String bearer) {
        if (bearer == null || !bearer.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        try {
            SignedJWT jwt = SignedJWT.parse(bearer.substring(7).trim());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Date exp = c.getExpirationTime();
            if (exp == null || !exp.toInstant().isAfter(clock.instant()) || !ISSUER.equals(c.getIssuer())
                    || c.getAudience() == null || !c.getAudience().contains(ISSUER)) {
                return Optional.empty();
            }
            Map<String, String> out = new HashMap<>();
            for (var e : c.getClaims().entrySet()) {
                Object v = e.getValue();
                if (v instanceof List<?> l) out.put(e.getKey(), "[" + String.join(" ", l.stream().map(String::valueOf).toList()) + "]");
                else if (v instanceof Date d) out.put(e.getKey(), Long.toString(d.toInstant().getEpochSecond()));
                else if (v != null) out.put(e.getKey(), String.valueOf(v));
            }
            return Optional.of(out);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
