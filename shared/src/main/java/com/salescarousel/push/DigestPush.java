package com.salescarousel.push;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.json.Json;
import com.salescarousel.rep.RepProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.inject.Inject;

/**
 * The morning digest as a push to each of the rep's devices; a tap opens Today. Pushed after the
 * digest mail is recorded as sent, so a redelivered message never pushes twice (a crash in between
 * loses a push, never the mail). Subscriptions the push service reports gone (404/410) are removed.
 */
public final class DigestPush {
    private static final Logger LOG = Logger.getLogger(DigestPush.class.getName());

    private final PushStore store;
    private final Pusher pusher;

    @Inject
    public DigestPush(PushStore store, Pusher pusher) {
        this.store = store;
        this.pusher = pusher;
    }

    public record Outcome(int delivered, int removed, int failed) {}

    public Outcome notify(RepProfile rep, Agenda agenda, String title) {
        return deliver(rep, payload(agenda, title), "digest push");
    }

    /** Any push to each of the rep's devices (a digest, a sales-ready alert); {@code what} names it in the log. */
    public Outcome deliver(RepProfile rep, String payload, String what) {
        int delivered = 0, removed = 0, failed = 0;
        List<PushSubscription> devices = store.forRep(rep.repId());
        if (devices.isEmpty()) return new Outcome(0, 0, 0);
        for (PushSubscription s : devices) {
            switch (pusher.push(s, payload)) {
                case DELIVERED -> delivered++;
                case GONE -> {
                    store.remove(rep.repId(), s.endpoint());
                    removed++;
                }
                case FAILED -> failed++;
            }
        }
        int d = delivered, r = removed, f = failed;
        LOG.info(() -> what + " for " + rep.repId() + ": " + d + " delivered, " + r + " expired and removed, " + f + " failed");
        return new Outcome(delivered, removed, failed);
    }

    static String payload(Agenda agenda, String title) {
        List<String> names = new ArrayList<>();
        for (AgendaEntry e : agenda.overdue()) names.add(e.name());
        for (AgendaEntry e : agenda.due()) names.add(e.name());
        String body = names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("body", body);
        p.put("url", "/#/today");
        p.put("tag", "digest-" + agenda.date());
        return Json.write(p);
    }
}
