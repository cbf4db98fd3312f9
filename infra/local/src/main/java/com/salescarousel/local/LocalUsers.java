package com.salescarousel.local;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.json.Json;
import com.salescarousel.problem.Problem;
import com.salescarousel.team.Member;
import com.salescarousel.team.TeamDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The local cloud's own user directory, standing in for Cognito: everyone who signed in or was invited,
 * so an address has one account in one org. People a manager invited are pinned to the inviting org and
 * role; people a manager disabled are refused at sign-in and their tokens are refused by the API's front.
 * Kept in {@code local-users.json} beside the data, so a restart keeps the team.
 *
 * <p>An e-mail nobody invited may still sign in with the org and role it asks for, as the local cloud
 * always let it: that stands in for an administrator creating the user in the console (as
 * {@code infra/sam/first-manager.sh} does in AWS, where the pool is invite-only). Its first sign-in makes it
 * an active member of that org (the profile's org is fixed then), and no other team can invite it.
 */
final class LocalUsers implements TeamDirectory {
    /** One person: {@code invited} ones are pinned to the invitation's org and role. */
    record User(String email, String name, String org, boolean manager, boolean disabled, boolean invited) {}

    /** Who a sign-in becomes: the invitation's org, role and name win over what the login form asked for, as in Cognito. */
    record Account(String org, boolean manager, String name) {}

    private final Map<String, User> byEmail = new LinkedHashMap<>();
    private final Path file;

    private LocalUsers(Path file) {
        this.file = file;
    }

    static LocalUsers load(Path dataDir) throws IOException {
        LocalUsers users = new LocalUsers(dataDir == null ? null : dataDir.resolve("local-users.json"));
        if (users.file != null && Files.exists(users.file)) {
            Object list = Json.object(Files.readString(users.file)).get("users");
            for (Object o : (List<?>) list) {
                Map<?, ?> u = (Map<?, ?>) o;
                users.byEmail.put(((String) u.get("email")).toLowerCase(Locale.ROOT), new User((String) u.get("email"), (String) u.get("name"),
                        (String) u.get("org"), Boolean.TRUE.equals(u.get("manager")), Boolean.TRUE.equals(u.get("disabled")),
                        Boolean.TRUE.equals(u.get("invited"))));
            }
        }
        return users;
    }

    @Override
    public synchronized String invite(String org, String email, String name, boolean manager) {
        User known = byEmail.get(email.toLowerCase(Locale.ROOT));
        if (known != null && !known.org().equals(org)) {
            throw new Conflict(Conflict.Kind.DUPLICATE, "email: already has an account in another team",
                    List.of(new FieldError("email", "already has an account in another team")), Map.of());
        }
        if (known == null) put(new User(email, name, org, manager, false, true));
        return LocalTokens.subjectFor(email);
    }

    @Override
    public synchronized void disable(Member member) {
        User known = byEmail.values().stream().filter(u -> LocalTokens.subjectFor(u.email()).equals(member.repId())).findFirst()
                .orElseGet(() -> new User(member.email(), member.name(), member.org(), member.manager(), false, false));
        put(new User(known.email(), known.name(), known.org(), known.manager(), true, known.invited()));
    }

    /** The account a sign-in gets: an invitation's org and role, or what was asked for; a disabled user is refused (403). */
    synchronized Account signIn(String email, String name, String org, boolean manager) {
        User u = byEmail.get(email.toLowerCase(Locale.ROOT));
        if (u != null && u.disabled()) throw new Problem(403, "Forbidden", "this account has been disabled by a manager of " + u.org(), List.of());
        if (u != null && u.invited()) return new Account(u.org(), u.manager(), u.name());
        if (u == null) put(new User(email, name, org, manager, false, false));
        return new Account(org, manager, name);
    }

    /** Whether the token subject belongs to a disabled user: the front then answers 401, as an expired token. */
    synchronized boolean disabled(String subject) {
        return subject != null && byEmail.values().stream().anyMatch(u -> u.disabled() && LocalTokens.subjectFor(u.email()).equals(subject));
    }

    private void put(User u) {
        byEmail.put(u.email().toLowerCase(Locale.ROOT), u);
        if (file == null) return;
        List<Map<String, Object>> list = new ArrayList<>();
        for (User x : byEmail.values()) {
            list.add(Map.of("email", x.email(), "name", x.name() == null ? "" : x.name(), "org", x.org(), "manager", x.manager(),
                    "disabled", x.disabled(), "invited", x.invited()));
        }
        try {
            Files.writeString(file, Json.write(Map.of("users", list)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
