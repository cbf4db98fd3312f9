package com.salescarousel.testing.memory;

import com.salescarousel.store.Keys;
import com.salescarousel.team.Member;
import com.salescarousel.team.MemberStore;
import java.util.List;
import java.util.Optional;

/** Memberships at {@code ORG#<org>} / {@code MEMBER#<rep>}, as the adapter keys them. */
public final class InMemoryMemberStore implements MemberStore {
    private final MemoryTable table;

    InMemoryMemberStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public List<Member> of(String org) {
        return table.startingWith(Keys.org(org), Keys.MEMBER, Member.class);
    }

    @Override
    public Optional<Member> find(String org, String repId) {
        return Optional.ofNullable(table.get(Keys.org(org), Keys.member(repId), Member.class));
    }

    @Override
    public boolean putIfAbsent(Member member) {
        return table.atomically(() -> {
            if (find(member.org(), member.repId()).isPresent()) return false;
            put(member);
            return true;
        });
    }

    @Override
    public void put(Member member) {
        table.put(Keys.org(member.org()), Keys.member(member.repId()), member);
    }

    @Override
    public boolean createIfAbsent(Member member) {
        return table.atomically(() -> {
            if (find(member.org(), member.repId()).isPresent()) return false;
            put(member);
            return true;
        });
    }
}
