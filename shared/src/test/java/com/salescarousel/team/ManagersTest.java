package com.salescarousel.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.error.Forbidden;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.rep.Reps;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManagersTest {
    private final InMemoryStores stores = new InMemoryStores();
    private final Managers managers = new Managers(stores.members(), new Reps(stores.profiles()), new TestClock(Instant.parse("2026-11-30T09:00:00Z")));

    @Test
    void managerOf_aStageOneManagerWithoutMembership_getsTheMembershipAFirstSignInWrites() {
        // Stage one wrote profiles only: no ORG#/MEMBER# item for this manager.
        stores.profiles().put(new RepProfile("mia", "Mia", "mia@example.com", "acme", RepProfile.MANAGER, ZoneId.of("UTC"), 7, true));
        Member m = managers.managerOf(new Caller("mia", "mia@example.com", "Mia", "acme", true));
        assertEquals(Member.Status.ACTIVE, m.status());
        assertTrue(stores.members().find("acme", "mia").isPresent(), "written once, now in the team view");
    }

    @Test
    void managerOf_aRepToken_orADisabledManager_isForbidden_andNothingIsBackfilledForReps() {
        stores.profiles().put(new RepProfile("rex", "Rex", "rex@example.com", "acme", "rep", ZoneId.of("UTC"), 7, true));
        assertThrows(Forbidden.class, () -> managers.managerOf(new Caller("rex", "rex@example.com", "Rex", "acme", false)));
        assertTrue(stores.members().find("acme", "rex").isEmpty());
        stores.members().put(new Member("acme", "dee", "Dee", "dee@example.com", RepProfile.MANAGER, false, Member.Status.DISABLED, null));
        assertThrows(Forbidden.class, () -> managers.managerOf(new Caller("dee", "dee@example.com", "Dee", "acme", true)),
                "a disable stands: a first sign-in never writes over it");
        assertEquals(Member.Status.DISABLED, stores.members().find("acme", "dee").orElseThrow().status());
    }

    @Test
    void managerOf_aFirstRequestAsManager_signsTheManagerIn() {
        Member m = managers.managerOf(new Caller("neo", "neo@example.com", "Neo", "acme", true));
        assertEquals("acme", m.org());
        assertTrue(stores.profiles().find("neo").isPresent());
    }
}
