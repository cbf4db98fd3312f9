package com.salescarousel.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request is well formed but clashes with the current state: someone changed the item first,
 * the address may not be e-mailed, the item kept changing under us, or it already exists.
 * {@code fields} names the fields involved; {@code values} carries what a client needs to recover
 * (such as {@code currentVersion} or {@code existingId}).
 */
public final class Conflict extends Refused {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The caller's version is not the stored one; re-read and re-apply. */
        STALE_VERSION,
        /** The address unsubscribed, bounced or complained. */
        ADDRESS_SUPPRESSED,
        /** Concurrent writers kept winning; trying again later will do. */
        BUSY,
        /** Something with the same identifying value exists already. */
        DUPLICATE,
        /** The item's state does not allow it (a retired plan takes no enrolments; a prospect is in another plan). */
        STATE
    }

    private final Kind kind;
    private final transient List<FieldError> fields;
    private final transient Map<String, Object> values;

    public Conflict(Kind kind, String detail, List<FieldError> fields, Map<String, Object> values) {
        super(detail);
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code what} is the item's name in the detail, such as "prospect" or "template". */
    public static Conflict staleVersion(String what, long currentVersion) {
        return new Conflict(Kind.STALE_VERSION, "the " + what + " was changed since the version you sent; current version is "
                + currentVersion, List.of(), Map.of("currentVersion", currentVersion));
    }

    public static Conflict suppressed(String detail) {
        return new Conflict(Kind.ADDRESS_SUPPRESSED, detail, List.of(), Map.of());
    }

    public static Conflict busy(String detail) {
        return new Conflict(Kind.BUSY, detail, List.of(), Map.of());
    }

    /** {@code field} holds the value that is taken; {@code existingId} is the item that has it. */
    public static Conflict duplicate(String field, String reason, String existingId) {
        return new Conflict(Kind.DUPLICATE, field + ": " + reason, List.of(new FieldError(field, reason)),
                Map.of("existingId", existingId));
    }

    /** {@code values} says what is in the way, such as {@code planId}. */
    public static Conflict state(String detail, Map<String, Object> values) {
        return new Conflict(Kind.STATE, detail, List.of(), values);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fields() {
        return fields;
    }

    public Map<String, Object> values() {
        return values;
    }
}
