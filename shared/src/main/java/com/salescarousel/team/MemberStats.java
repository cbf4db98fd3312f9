package com.salescarousel.team;

import com.salescarousel.stats.RepStats;

/** One row of the team view: a member and their coaching figures. */
public record MemberStats(Member member, RepStats stats) {}
