package com.salescarousel.rep;

import java.time.ZoneId;
import javax.inject.Inject;

/** The caller's profile: created with defaults the first time a rep is seen. */
public final class Reps {
    private final ProfileStore profiles;

    @Inject
    public Reps(ProfileStore profiles) {
        this.profiles = profiles;
    }

    public RepProfile profileOf(Caller caller) {
        return profiles.find(caller.repId())
                .orElseGet(() -> profiles.createIfAbsent(RepProfile.firstSeen(caller, RepProfile.DEFAULT_ZONE)));
    }

    /** The local cloud's login knows the rep's zone up front; Cognito sign-ups start at UTC. */
    public RepProfile signedIn(Caller caller, ZoneId zone) {
        return profiles.find(caller.repId())
                .orElseGet(() -> profiles.createIfAbsent(RepProfile.firstSeen(caller, zone)));
    }

    public RepProfile update(RepProfile current, String name, ZoneId zone, Integer digestHour, Boolean skipWeekends) {
        return update(current, name, zone, digestHour, skipWeekends, RepProfile.TimeOff.UNCHANGED);
    }

    public RepProfile update(RepProfile current, String name, ZoneId zone, Integer digestHour, Boolean skipWeekends, RepProfile.TimeOff timeOff) {
        RepProfile next = current.withSettings(
                name != null ? name : current.name(),
                zone != null ? zone : current.timeZone(),
                digestHour != null ? digestHour : current.digestHour(),
                skipWeekends != null ? skipWeekends : current.skipWeekends()).withTimeOff(timeOff);
        profiles.put(next);
        return next;
    }
}
