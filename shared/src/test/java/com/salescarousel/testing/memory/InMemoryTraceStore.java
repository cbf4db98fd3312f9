package com.salescarousel.testing.memory;

import com.salescarousel.erasure.TraceStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.Send;
import com.salescarousel.store.Keys;
import java.util.ArrayList;
import java.util.List;

/** A person's traces as {@code DynamoDbTraceStore} finds them: by key prefix, and by the prospect named in sends and idempotency keys. */
public final class InMemoryTraceStore implements TraceStore {
    private final MemoryTable table;

    InMemoryTraceStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public void eraseTraces(String repId, String prospectId, String email) {
        String pk = Keys.rep(repId);
        table.atomically(() -> {
            List<String> gone = new ArrayList<>(table.keysStartingWith(pk, Keys.touchesOf(prospectId)));
            gone.addAll(table.keysStartingWith(pk, "SIGNAL#" + prospectId + "#"));
            for (String sk : table.keysStartingWith(pk, Keys.SEND)) {
                Object item = table.get(pk, sk, Object.class);
                if (item instanceof Send s && prospectId.equals(s.prospectId())) gone.add(sk);
            }
            for (String sk : table.keysStartingWith(pk, Keys.IDEMPOTENCY)) {
                String result = table.get(pk, sk, MemoryIdempotency.Guard.class).resultSk();
                if (result.equals(Keys.prospect(prospectId)) || result.startsWith(Keys.touchesOf(prospectId))) gone.add(sk);
            }
            if (email != null) gone.add(Keys.email(email));
            gone.forEach(sk -> table.remove(pk, sk));
            return null;
        });
    }

    @Override
    public List<Prospect> referredBy(String repId, String prospectId) {
        return table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class).stream()
                .filter(p -> prospectId.equals(p.referredById())).toList();
    }
}
