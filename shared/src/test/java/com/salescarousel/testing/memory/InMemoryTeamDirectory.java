package com.salescarousel.testing.memory;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.team.Member;
import com.salescarousel.team.TeamDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A user directory in memory, as Cognito behaves for the API: one user per address, in one org, disabled for good. */
public final class InMemoryTeamDirectory implements TeamDirectory {
    /** A user as the directory keeps them. */
    public record User(String sub, String email, String name, String org, boolean manager, boolean enabled) {}

    private final Map<String, User> byEmail = new ConcurrentHashMap<>();

    /** The subject the directory gives an address (deterministic, so tests can sign the user in). */
    public static String subjectFor(String email) {
        return UUID.nameUUIDFromBytes(("directory:" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public synchronized String invite(String org, String email, String name, boolean manager) {
        String key = email.toLowerCase(Locale.ROOT);
        User known = byEmail.get(key);
        if (known != null && !known.org().equals(org)) {
            throw new Conflict(Conflict.Kind.DUPLICATE, "email: already has an account in another team",
                    List.of(new FieldError("email", "already has an account in another team")), Map.of());
        }
        if (known == null) byEmail.put(key, new User(subjectFor(email), email, name, org, manager, true));
        return byEmail.get(key).sub();
    }

    @Override
    public synchronized void disable(Member member) {
        byEmail.replaceAll((k, u) -> u.sub().equals(member.repId())
                ? new User(u.sub(), u.email(), u.name(), u.org(), u.manager(), false) : u);
    }

    public Optional<User> user(String email) {
        return Optional.ofNullable(byEmail.get(email.toLowerCase(Locale.ROOT)));
    }
}
