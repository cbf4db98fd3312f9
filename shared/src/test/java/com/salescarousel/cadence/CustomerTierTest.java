package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.Forbidden;
import com.salescarousel.error.Invalid;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.team.Managers;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The customer tier: in the defaults, added to older orgs' tiers, kept by a PUT that leaves it out, never where lost deals go. */
class CustomerTierTest {
    private static final Caller BOSS = new Caller("boss", "boss@example.com", "Boss", "acme", true);

    @Test
    void defaults_customerQuarterly_nurtureStaysLast() {
        Tiers t = Tiers.defaults();
        assertEquals(List.of("active", "working", "customer", "nurture"), t.keys());
        assertEquals(Period.ofMonths(3), t.customer().cadence());
        assertEquals("nurture", t.forLostDeals().key());
        assertEquals(ReferralPolicy.DEFAULT, t.referrals());
    }

    @Test
    void olderTiers_gainCustomerBeforeTheLast_once() {
        Tiers old = new Tiers(List.of(new Tier("hot", "Hot", "P3D"), new Tier("cold", "Cold", "P2M")));
        Tiers now = old.withCustomer();
        assertEquals(List.of("hot", "customer", "cold"), now.keys());
        assertEquals("cold", now.forLostDeals().key(), "no nurture: the last tier that is not customer");
        assertSame(now, now.withCustomer());
    }

    @Test
    void putWithoutCustomer_keepsTheCurrentOne_asReTimed() {
        var stores = new InMemoryStores();
        stores.profiles().createIfAbsent(new RepProfile(BOSS.repId(), "Boss", BOSS.email(), BOSS.org(), RepProfile.MANAGER,
                java.time.ZoneId.of("UTC"), 7, true));
        var settings = new TierSettings(stores.tiers(), new Managers(stores.members()));
        List<Tier> retimed = new ArrayList<>(Tiers.defaults().inPriorityOrder());
        retimed.set(2, new Tier("customer", "Customer", "P2M"));
        settings.replace(BOSS, new Tiers(retimed));
        Tiers sent = new Tiers(List.of(new Tier("active", "Active", "P7D"), new Tier("working", "Working", "P1M"),
                new Tier("nurture", "Nurture", "P3M"), new Tier("long-shot", "Long shot", "P6W")));
        Tiers stored = settings.replace(BOSS, sent);
        assertEquals(List.of("active", "working", "nurture", "customer", "long-shot"), stored.keys());
        assertEquals(Period.ofMonths(2), stored.customer().cadence());
        assertEquals(stored, stores.tiers().of("acme"));
        assertEquals("nurture", stored.forLostDeals().key());
        assertThrows(Invalid.class, () -> settings.replace(BOSS, new Tiers(List.of(Tiers.CUSTOMER_TIER))));
        List<Tier> twenty = new ArrayList<>(sent.inPriorityOrder());
        for (int i = twenty.size(); i < Tiers.MAX; i++) twenty.add(new Tier("extra-" + i, "Extra", "P2M"));
        assertThrows(Invalid.class, () -> settings.replace(BOSS, new Tiers(twenty)), "twenty without customer would be 21");
        assertThrows(Forbidden.class, () -> settings.replace(new Caller("ada", null, "Ada", "acme", false), sent));
    }

    @Provide
    Arbitrary<List<String>> keyLists() {
        return Arbitraries.of("active", "working", "nurture", "customer", "hot", "cold", "circle").list().uniqueElements().ofMinSize(1).ofMaxSize(7);
    }

    /** Whatever tiers an org has, lost deals never go to the customer tier (unless it is the only one). */
    @Property
    void forLostDeals_isNeverCustomer(@ForAll("keyLists") List<String> keys) {
        Assume.that(!keys.equals(List.of("customer")));
        Tiers t = new Tiers(keys.stream().map(k -> new Tier(k, k, "P1M")).toList()).withCustomer();
        assertNotEquals("customer", t.forLostDeals().key());
        assertEquals(keys.contains("nurture") ? "nurture" : t.forLostDeals().key(), t.forLostDeals().key());
    }
}
