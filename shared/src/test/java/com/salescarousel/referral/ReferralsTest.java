package com.salescarousel.referral;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Chains, loops, trees and figures on plain values. */
class ReferralsTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    private final Map<String, Prospect> book = new HashMap<>();

    private Prospect put(String name, String referredBy, ProspectStatus status) {
        Prospect p = fresh(name, "working", DAY).referredById(referredBy).status(status).build();
        book.put(p.id(), p);
        return p;
    }

    private List<Prospect> referredBy(String id) {
        return book.values().stream().filter(p -> id.equals(p.referredById())).toList();
    }

    @Test
    void chainAbove_walksUpToTheTop_andRefusesALoopOrItself() {
        put("Carol", null, ProspectStatus.WON);
        put("Erin", "CAROL", ProspectStatus.OPEN);
        Prospect frank = put("Frank", "ERIN", ProspectStatus.OPEN);
        Referrals.Chain chain = Referrals.above(frank, id -> Optional.ofNullable(book.get(id)));
        assertEquals(List.of("FRANK", "ERIN", "CAROL"), chain.prospects().stream().map(Prospect::id).toList());
        assertFalse(chain.endless());
        assertTrue(Referrals.refusal("CAROL", chain).orElseThrow().contains("loop"), "Carol referred by Frank would close Carol > Erin > Frank");
        assertEquals(Optional.of("a prospect cannot refer itself"), Referrals.refusal("FRANK", chain));
        assertEquals(Optional.empty(), Referrals.refusal("GRACE", chain));
        assertEquals(Optional.empty(), Referrals.refusal(null, chain), "a new prospect cannot be in anyone's chain");
    }

    @Test
    void chainAbove_stopsAtAStoredLoop_andAtTheLimit() {
        put("A", "B", ProspectStatus.OPEN);
        Prospect b = put("B", "A", ProspectStatus.OPEN);
        assertTrue(Referrals.above(b, id -> Optional.ofNullable(book.get(id))).endless());
        Prospect last = null;
        for (int i = 0; i <= Referrals.MAX_CHAIN; i++) last = put("L" + i, i == 0 ? null : "L" + (i - 1), ProspectStatus.OPEN);
        Referrals.Chain longChain = Referrals.above(last, id -> Optional.ofNullable(book.get(id)));
        assertTrue(longChain.endless());
        assertEquals(Referrals.MAX_CHAIN, longChain.prospects().size());
        assertTrue(Referrals.refusal("NEW", longChain).isPresent());
    }

    @Test
    void tree_goesFiveLevelsDown_byName_andFollowsNobodyTwice() {
        Prospect root = put("Root", null, ProspectStatus.WON);
        put("Zed", "ROOT", ProspectStatus.OPEN);
        String parent = "ROOT";
        for (int i = 1; i <= 7; i++) {
            put("D" + i, parent, i == 1 ? ProspectStatus.WON : ProspectStatus.OPEN);
            parent = "D" + i;
        }
        put("Back", "D2", ProspectStatus.OPEN);
        book.put("ROOT", root.toBuilder().referredById("D3").build()); // a loop stored before loops were refused
        Referrals.Node tree = Referrals.tree(book.get("ROOT"), this::referredBy);
        assertEquals(List.of("D1", "Zed"), tree.referrals().stream().map(Referrals.Node::name).toList());
        assertEquals(ProspectStatus.WON, tree.referrals().get(0).status());
        int depth = 0;
        Referrals.Node at = tree;
        while (at.referrals().stream().anyMatch(n -> n.name().startsWith("D"))) {
            at = at.referrals().stream().filter(n -> n.name().startsWith("D")).findFirst().orElseThrow();
            depth++;
        }
        assertEquals(Referrals.TREE_DEPTH, depth);
        assertEquals("D5", at.name(), "D6 and D7 are below the fifth level");
        assertEquals(List.of("Back", "D3"), tree.referrals().get(0).referrals().get(0).referrals().stream().map(Referrals.Node::name).toList());
    }

    @Test
    void stats_countReferralsPerReferrer_andTheShareOfWonDealsThatCameThroughOne() {
        List<Prospect> index = new ArrayList<>();
        index.add(put("Carol", null, ProspectStatus.WON));
        index.add(put("Erin", "CAROL", ProspectStatus.WON));
        index.add(put("Gus", "CAROL", ProspectStatus.LOST));
        index.add(put("Frank", "ERIN", ProspectStatus.OPEN));
        index.add(put("Hal", null, ProspectStatus.WON));
        index.add(put("Ivy", null, ProspectStatus.WON));
        var s = Referrals.stats(index);
        assertEquals(List.of(new Referrals.Referrer("CAROL", 2, 1), new Referrals.Referrer("ERIN", 1, 0)), s.referrers());
        assertEquals(4, s.wonDeals());
        assertEquals(1, s.wonThroughReferral());
        assertEquals(0.25, s.referralShare());
        assertNull(Referrals.stats(List.of()).referralShare(), "nothing won: no share");
    }

    @Test
    void thanked_dueToday_anEarlierOpenThankYouKeepsItsDay() {
        Prospect carol = put("Carol", null, ProspectStatus.WON);
        Prospect erin = put("Erin", "CAROL", ProspectStatus.WON);
        Prospect t = Referrals.thanked(carol, erin, DAY);
        assertEquals(DAY, t.thankYouOn());
        assertEquals("ERIN", t.thankYouFor());
        assertEquals(carol.version() + 1, t.version());
        assertEquals(DAY, Referrals.thanked(t, put("Gus", "CAROL", ProspectStatus.WON), DAY.plusDays(3)).thankYouOn());
    }

    @Test
    void winsAReferral_onlyWhenAReferredDealBecomesWon() {
        Prospect open = put("Erin", "CAROL", ProspectStatus.OPEN);
        Prospect won = open.toBuilder().status(ProspectStatus.WON).build();
        assertTrue(Referrals.winsAReferral(open, won));
        assertFalse(Referrals.winsAReferral(won, won), "already won");
        assertFalse(Referrals.winsAReferral(open.toBuilder().referredById(null).build(), won.toBuilder().referredById(null).build()));
    }

    @Provide
    Arbitrary<List<Integer>> parents() {
        return Arbitraries.integers().between(-1, 29).list().ofSize(30);
    }

    /** Whatever links are stored, loops included, the tree is finite, at most five deep, and names nobody twice. */
    @Property
    void tree_isFiniteAndNamesEachProspectOnce(@ForAll("parents") List<Integer> parents) {
        book.clear();
        for (int i = 0; i < parents.size(); i++) {
            int parent = parents.get(i);
            put("P" + i, parent < 0 || parent == i ? null : "P" + parent, ProspectStatus.OPEN);
        }
        Referrals.Node tree = Referrals.tree(book.get("P0"), this::referredBy);
        List<String> ids = new ArrayList<>();
        int depth = walk(tree, ids, 0);
        assertTrue(depth <= Referrals.TREE_DEPTH);
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    private static int walk(Referrals.Node n, List<String> ids, int depth) {
        ids.add(n.id());
        int max = depth;
        for (Referrals.Node c : n.referrals()) max = Math.max(max, walk(c, ids, depth + 1));
        return max;
    }
}
