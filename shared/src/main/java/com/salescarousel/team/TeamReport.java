package com.salescarousel.team;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.Coaching;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import javax.inject.Inject;

/**
 * The team view: every member's figures, for a manager of the org. One Query for the team, then per
 * member a profile read (their time zone makes their weeks and "today") and the two coaching Queries,
 * members read in parallel on virtual threads, a few at a time.
 */
public final class TeamReport {
    /** Requests in flight at once: enough to hide latency, few enough not to queue on the HTTP client. */
    static final int PARALLEL = 8;
    private static final Comparator<MemberStats> ORDER = Comparator.comparingInt((MemberStats s) -> rank(s.member().status()))
            .thenComparing(s -> s.member().name() == null ? "" : s.member().name(), String.CASE_INSENSITIVE_ORDER);

    private final Managers managers;
    private final MemberStore members;
    private final ProfileStore profiles;
    private final Coaching coaching;

    @Inject
    public TeamReport(Managers managers, MemberStore members, ProfileStore profiles, Coaching coaching) {
        this.managers = managers;
        this.members = members;
        this.profiles = profiles;
        this.coaching = coaching;
    }

    /** Every member of the caller's org (active first, then invited, then disabled; by name), for a manager. */
    public List<MemberStats> of(Caller manager, ZoneId managerZone, int weeks) {
        Member me = managers.managerOf(manager);
        Coaching.checkWeeks(weeks);
        return statsOf(members.of(me.org()), me.org(), managerZone, weeks);
    }

    /** One member's figures; another org's rep is not found. A disabled member's figures stay readable. */
    public MemberStats of(Caller manager, ZoneId managerZone, String repId, int weeks) {
        Member m = managers.member(manager, repId);
        Coaching.checkWeeks(weeks);
        return statsOf(m, managerZone, weeks, coaching.tiersOf(m.org()));
    }

    /** The active members' figures for a manager known by their profile (the Monday e-mail; no token). */
    public List<MemberStats> activeTeamOf(RepProfile manager, int weeks) {
        if (managers.managerOf(manager.org(), manager.repId()).isEmpty()) return List.of();
        List<Member> active = members.of(manager.org()).stream().filter(m -> m.status() == Member.Status.ACTIVE).toList();
        return statsOf(active, manager.org(), manager.timeZone(), weeks);
    }

    private List<MemberStats> statsOf(List<Member> team, String org, ZoneId fallback, int weeks) {
        Tiers known = coaching.tiersOf(org); // once for the team, not once per member
        Semaphore gate = new Semaphore(PARALLEL);
        List<MemberStats> out = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<MemberStats>> rows = new ArrayList<>();
            for (Member m : team) {
                rows.add(pool.submit(() -> {
                    gate.acquire();
                    try {
                        return statsOf(m, fallback, weeks, known);
                    } finally {
                        gate.release();
                    }
                }));
            }
            for (Future<MemberStats> row : rows) out.add(row.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the team's figures", e);
        }
        out.sort(ORDER);
        return out;
    }

    private static int rank(Member.Status s) {
        return switch (s) {
            case ACTIVE -> 0;
            case INVITED -> 1;
            case DISABLED -> 2;
        };
    }

    /** Someone invited who never signed in has no profile and so no data: their weeks are empty, nothing is read. */
    private MemberStats statsOf(Member m, ZoneId fallback, int weeks, Tiers known) {
        return profiles.find(m.repId())
                .map(p -> new MemberStats(m, coaching.of(m.repId(), p.timeZone(), weeks, known)))
                .orElseGet(() -> new MemberStats(m, coaching.empty(fallback, weeks, known)));
    }
}
