package com.salescarousel.referral;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who referred whom (DESIGN 7.3), as pure functions of prospects and of look-ups passed in: the chain above
 * a referrer (and the loops it must not close), the tree below a prospect, the counts, and the thank-you a
 * referrer is due when a referral turns into business.
 */
public final class Referrals {
    /** How deep the tree below a prospect goes: referrals, their referrals, ... five levels. */
    public static final int TREE_DEPTH = 5;
    /** The longest chain of referrers checked for a loop; longer ones are refused rather than walked. */
    public static final int MAX_CHAIN = 50;

    private Referrals() {}

    /** A tree node: a prospect and those it referred. */
    public record Node(String id, String name, ProspectStatus status, List<Node> referrals) {
        public Node {
            referrals = List.copyOf(referrals);
        }
    }

    /** The referrer and those above it, nearest first; {@code endless} when the walk stopped at MAX_CHAIN or a loop. */
    public record Chain(List<Prospect> prospects, boolean endless) {
        public Chain {
            prospects = List.copyOf(prospects);
        }

        public boolean contains(String id) {
            return prospects.stream().anyMatch(p -> p.id().equals(id));
        }
    }

    /** Walks up from {@code referrer} through each one's own referrer, as far as they are found. */
    public static Chain above(Prospect referrer, Function<String, Optional<Prospect>> find) {
        List<Prospect> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Prospect at = referrer;
        while (at != null) {
            if (!seen.add(at.id()) || out.size() == MAX_CHAIN) return new Chain(out, true);
            out.add(at);
            at = at.referredById() == null ? null : find.apply(at.referredById()).orElse(null);
        }
        return new Chain(out, false);
    }

    /** Why {@code prospectId} cannot name the head of {@code chain} as its referrer; empty when it can. */
    public static Optional<String> refusal(String prospectId, Chain chain) {
        if (prospectId != null && chain.contains(prospectId)) {
            return Optional.of(chain.prospects().get(0).id().equals(prospectId)
                    ? "a prospect cannot refer itself"
                    : "would make a loop: " + chain.prospects().get(0).name() + " was referred, directly or not, by this prospect");
        }
        if (chain.endless()) return Optional.of("the chain of referrers above it is longer than " + MAX_CHAIN);
        return Optional.empty();
    }

    /** Whether this change wins a deal someone referred: their referrer is then due a thank-you. */
    public static boolean winsAReferral(Prospect before, Prospect after) {
        return after.referredById() != null && after.status() == ProspectStatus.WON && before.status() != ProspectStatus.WON;
    }

    /** The referrer, due a thank-you today for {@code won} (an earlier one still open keeps its day). */
    public static Prospect thanked(Prospect referrer, Prospect won, LocalDate today) {
        LocalDate day = referrer.thankYouOn() != null && referrer.thankYouOn().isBefore(today) ? referrer.thankYouOn() : today;
        return referrer.toBuilder().thankYouOn(day).thankYouFor(won.id()).version(referrer.version() + 1).build();
    }

    /**
     * The tree below {@code root} to {@link #TREE_DEPTH} levels, each level by name. {@code referredBy} gives a
     * prospect's direct referrals; a prospect met twice (a loop from before loops were refused) is not followed again.
     */
    public static Node tree(Prospect root, Function<String, List<Prospect>> referredBy) {
        return node(root, referredBy, TREE_DEPTH, new HashSet<>(Set.of(root.id())));
    }

    private static Node node(Prospect p, Function<String, List<Prospect>> referredBy, int depth, Set<String> seen) {
        List<Node> children = new ArrayList<>();
        if (depth > 0) {
            List<Prospect> direct = new ArrayList<>(referredBy.apply(p.id()));
            direct.sort(BY_NAME);
            for (Prospect c : direct) {
                if (seen.add(c.id())) children.add(node(c, referredBy, depth - 1, seen));
            }
        }
        return new Node(p.id(), p.name(), p.status(), children);
    }

    private static final Comparator<Prospect> BY_NAME = Comparator.comparing((Prospect p) -> p.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Prospect::id);

    /** One referrer's figures: how many prospects they referred, and how many of those were won. */
    public record Referrer(String id, int referrals, int won) {}

    /**
     * The referral figures over a rep's referral index (referred and won prospects): referrals per referrer
     * (most first, then by id), won deals, and how many of those came through a referral.
     */
    public record Stats(List<Referrer> referrers, int wonDeals, int wonThroughReferral) {
        public Stats {
            referrers = List.copyOf(referrers);
        }

        /** The share of won deals that came through a referral; null when nothing was won. */
        public Double referralShare() {
            return wonDeals == 0 ? null : (double) wonThroughReferral / wonDeals;
        }
    }

    public static Stats stats(List<Prospect> index) {
        Map<String, int[]> per = new LinkedHashMap<>();
        int won = 0, wonReferred = 0;
        for (Prospect p : index) {
            boolean isWon = p.status() == ProspectStatus.WON;
            if (isWon) won++;
            if (p.referredById() == null) continue;
            int[] c = per.computeIfAbsent(p.referredById(), k -> new int[2]);
            c[0]++;
            if (isWon) {
                c[1]++;
                wonReferred++;
            }
        }
        List<Referrer> out = new ArrayList<>();
        per.forEach((id, c) -> out.add(new Referrer(id, c[0], c[1])));
        out.sort(Comparator.comparingInt(Referrer::referrals).reversed().thenComparing(Referrer::id));
        return new Stats(out, won, wonReferred);
    }

    /** The prospects in {@code index} by id: most referrers are in it (a referrer who was won, or referred). */
    static Map<String, Prospect> byId(List<Prospect> index) {
        Map<String, Prospect> m = new HashMap<>();
        for (Prospect p : index) m.put(p.id(), p);
        return m;
    }
}
