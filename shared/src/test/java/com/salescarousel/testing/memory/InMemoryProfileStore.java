package com.salescarousel.testing.memory;

import com.salescarousel.error.Forbidden;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.Keys;
import com.salescarousel.team.Member;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Profiles at {@code REP#<rep>} / {@code PROFILE}. The digest look-up matches the adapter's GSI2
 * key {@code DIGEST#<zone id>#<hh>} (so {@code UTC} and {@code Z} are different zones there too),
 * and every profile write adds its zone to the set the morning run asks about.
 */
public final class InMemoryProfileStore implements ProfileStore {
    private static final String ZONES = "ZONES";

    record Zones(Set<String> ids) {}

    private final MemoryTable table;
    private final InMemoryMemberStore members;

    InMemoryProfileStore(MemoryTable table, InMemoryMemberStore members) {
        this.table = table;
        this.members = members;
    }

    @Override
    public Optional<RepProfile> find(String repId) {
        return Optional.ofNullable(table.get(Keys.rep(repId), Keys.PROFILE, RepProfile.class));
    }

    @Override
    public RepProfile createIfAbsent(RepProfile profile) {
        return table.atomically(() -> {
            Optional<RepProfile> existing = find(profile.repId());
            if (existing.isPresent()) return existing.get();
            if (members.find(profile.org(), profile.repId()).filter(m -> m.status() == Member.Status.DISABLED).isPresent()) {
                throw new Forbidden("this account was disabled by a manager of the team");
            }
            put(profile);
            // As the adapter's transaction: the first profile and its membership together.
            members.put(Member.joined(profile, Instant.EPOCH));
            return profile;
        });
    }

    @Override
    public void put(RepProfile profile) {
        table.atomically(() -> {
            table.put(Keys.rep(profile.repId()), Keys.PROFILE, profile);
            Set<String> zones = new HashSet<>(zoneIds());
            zones.add(profile.timeZone().getId());
            table.put(ZONES, ZONES, new Zones(Set.copyOf(zones)));
            return null;
        });
    }

    @Override
    public List<RepProfile> withDigestAt(ZoneId zone, int hour) {
        String key = Keys.digest(zone.getId(), hour);
        return table.withSortKey(Keys.PROFILE, RepProfile.class).stream()
                .filter(p -> Keys.digest(p.timeZone().getId(), p.digestHour()).equals(key))
                .sorted(Comparator.comparing(p -> Keys.rep(p.repId())))
                .toList();
    }

    @Override
    public Set<ZoneId> zonesInUse() {
        return zoneIds().stream().map(ZoneId::of).collect(Collectors.toSet());
    }

    private Set<String> zoneIds() {
        Zones z = table.get(ZONES, ZONES, Zones.class);
        return z == null ? Set.of() : z.ids();
    }
}
