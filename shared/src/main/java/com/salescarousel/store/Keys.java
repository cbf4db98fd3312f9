package com.salescarousel.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** The single table's key shapes (DESIGN section 3), in one place. */
public final class Keys {
    public static final String PROFILE = "PROFILE";
    public static final String TIERS = "TIERS";
    public static final String PROSPECT = "PROSPECT#";
    public static final String TOUCH = "TOUCH#";
    public static final String IDEMPOTENCY = "IDEM#";
    public static final String DUE = "DUE#";
    public static final String SEND = "SEND#";
    public static final String TEMPLATE = "TEMPLATE#";
    public static final String SUPPRESS_ALL = "SUPPRESS";
    public static final String PUSH = "PUSH#";
    public static final String MEMBER = "MEMBER#";
    public static final String PLAN = "PLAN#";
    /** Sorts after every character a ULID or date uses: the inclusive top of a key range. */
    public static final String HIGH = "~";

    private Keys() {}

    public static String rep(String repId) { return "REP#" + repId; }
    public static String org(String org) { return "ORG#" + org; }
    public static String prospect(String id) { return PROSPECT + id; }
    public static String touchesOf(String prospectId) { return TOUCH + prospectId + "#"; }
    public static String touch(String prospectId, String touchId) { return touchesOf(prospectId) + touchId; }
    public static String due(LocalDate day, String prospectId) { return DUE + day + "#" + prospectId; }
    public static String dueUpTo(LocalDate day) { return DUE + day + "#" + HIGH; }
    public static String idempotency(String key) { return IDEMPOTENCY + key; }
    public static String digest(String zone, int hour) { return String.format(Locale.ROOT, "DIGEST#%s#%02d", zone, hour); }
    public static String week(String isoWeek) { return "STATS#" + isoWeek; }
    public static String send(String id) { return SEND + id; }
    public static String template(String id) { return TEMPLATE + id; }
    public static String member(String repId) { return MEMBER + repId; }
    public static String plan(String id) { return PLAN + id; }
    public static String planStats(String id) { return "PLANSTATS#" + id; }
    /** Referral index (GSI3) sort keys: {@code REF#<referrer>#<id>} for a referred prospect, {@code WON#<id>} for any other won one. */
    public static String referred(String referrerId, String id) { return referralsOf(referrerId) + id; }
    public static String referralsOf(String referrerId) { return "REF#" + referrerId + "#"; }
    public static String won(String id) { return "WON#" + id; }
    public static String push(String endpoint) { return PUSH + sha256(endpoint); }
    public static String suppress(String email) { return "SUPPRESS#" + sha256(email.trim().toLowerCase(Locale.ROOT)); }

    /** Look-ups by address never store the address itself in a key. */
    public static String email(String email) {
        return "EMAIL#" + sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    public static String after(String key, String prefix) {
        if (!key.startsWith(prefix)) throw new IllegalStateException("key " + key + " lacks " + prefix);
        return key.substring(prefix.length());
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
