package com.salescarousel.rep;

import java.util.Map;
import java.util.Optional;

/**
 * The Cognito claim names the HTTP API's JWT authorizer passes on, and how a {@link Caller} is read
 * from them. The local cloud issues tokens with the same claims.
 */
public final class Claims {
    public static final String SUB = "sub";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String ORG = "custom:org";
    public static final String GROUPS = "cognito:groups";
    public static final String MANAGERS = "managers";

    private Claims() {}

    /** Empty when the claims lack a subject: such a request never reaches a use case. */
    public static Optional<Caller> caller(Map<String, String> claims) {
        if (claims == null) return Optional.empty();
        String sub = claims.get(SUB);
        if (sub == null || sub.isBlank()) return Optional.empty();
        String org = claims.get(ORG);
        // A rep without an org is a team of one: tiers and templates are then theirs alone.
        if (org == null || org.isBlank()) org = "solo-" + sub;
        return Optional.of(new Caller(sub, claims.get(EMAIL), claims.get(NAME), org, inManagers(claims.get(GROUPS))));
    }

    /** HTTP API flattens the groups array to a string such as {@code [managers reps]}. */
    static boolean inManagers(String groups) {
        if (groups == null) return false;
        for (String g : groups.replace("[", " ").replace("]", " ").replace(",", " ").replace("\"", " ").split("\\s+")) {
            if (MANAGERS.equals(g)) return true;
        }
        return false;
    }
}
