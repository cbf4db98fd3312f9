package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.team.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gets a new lead: the named member, else the reps who take leads, in turn. */
class LeadAssignmentTest {
    static Member member(String id, String role, boolean leads, Member.Status status) {
        return new Member("acme", id, id, id + "@acme.example", role, leads, status, Instant.EPOCH);
    }

    static final List<Member> TEAM = List.of(
            member("cy", "rep", true, Member.Status.ACTIVE),
            member("ada", "rep", true, Member.Status.ACTIVE),
            member("mo", "manager", false, Member.Status.ACTIVE),
            member("bo", "rep", false, Member.Status.ACTIVE),
            member("di", "rep", true, Member.Status.INVITED),
            member("ex", "rep", true, Member.Status.DISABLED));

    @Test
    void roundRobin_goesThroughTheActiveRepsWhoTakeLeads_inRepIdOrder() {
        List<String> got = new ArrayList<>();
        for (long turn = 0; turn < 5; turn++) {
            var pick = LeadAssignment.pick(TEAM, null, turn).orElseThrow();
            assertTrue(pick.roundRobin());
            got.add(pick.member().repId());
        }
        assertEquals(List.of("ada", "cy", "ada", "cy", "ada"), got);
    }

    @Test
    void theNamedOwner_getsItWhenAnActiveMember_evenAManager_withoutUsingATurn() {
        var pick = LeadAssignment.pick(TEAM, "MO@acme.example", 7).orElseThrow();
        assertEquals("mo", pick.member().repId());
        assertFalse(pick.roundRobin());
        assertEquals("cy", LeadAssignment.pick(TEAM, "di@acme.example", 1).orElseThrow().member().repId(), "invited: not yet a member who works");
        assertEquals("ada", LeadAssignment.pick(TEAM, "stranger@else.example", 0).orElseThrow().member().repId());
    }

    @Test
    void whenNobodyTakesLeads_theActiveMembersTakeTurns_andAnEmptyTeamHasNoOwner() {
        var noTakers = List.of(member("mo", "manager", false, Member.Status.ACTIVE), member("bo", "rep", false, Member.Status.ACTIVE));
        assertEquals("bo", LeadAssignment.pick(noTakers, null, 0).orElseThrow().member().repId());
        assertEquals("mo", LeadAssignment.pick(noTakers, null, 1).orElseThrow().member().repId());
        assertTrue(LeadAssignment.pick(List.of(member("di", "rep", true, Member.Status.INVITED)), null, 0).isEmpty());
    }
}
