package com.salescarousel.faults;

import com.salescarousel.json.Json;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.push.Pusher;
import com.salescarousel.send.Mailer;
import java.util.ArrayList;
import java.util.List;

/**
 * The outside world's side: every e-mail the mail service took and every push the push service
 * delivered, each as a key saying what it was for ("mail:touch:grace@…", "push:ready-&lt;prospect&gt;:&lt;device&gt;").
 * A key seen twice is a duplicate the recipient would notice.
 */
final class Outbox implements Mailer, Pusher {
    private final List<String> out = new ArrayList<>();

    @Override
    public synchronized String send(Mail mail) {
        out.add(mailKey(mail.tags().get("kind"), mail.to()));
        return "ses-" + out.size();
    }

    @Override
    public synchronized Delivery push(PushSubscription s, String payloadJson) {
        Object tag = Json.object(payloadJson).get("tag");
        out.add("push:" + (tag == null ? "digest" : tag) + ":" + s.endpoint());
        return Delivery.DELIVERED;
    }

    /** For a mail service outside (the misbehaving SES): what it may have sent. */
    synchronized void took(String key) {
        out.add(key);
    }

    static String mailKey(String kind, String to) {
        return "mail:" + kind + ":" + to;
    }

    synchronized int count(String key) {
        return (int) out.stream().filter(key::equals).count();
    }

    synchronized List<String> all() {
        return List.copyOf(out);
    }
}
