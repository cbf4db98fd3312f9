package com.salescarousel.template;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.store.VersionConflict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/** The team's templates: any member may write them; unknown merge fields are refused at save time. */
public final class Templates {
    private final TemplateStore store;
    private final Clock clock;

    @Inject
    public Templates(TemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Draft(String name, String subject, String bodyText, String bodyHtml) {}

    public List<Template> all(String org) {
        return store.all(org);
    }

    public Template get(String org, String id) {
        return store.find(org, id).orElseThrow(() -> new NotFound("template " + id));
    }

    public Template create(String org, Draft d) {
        check(d);
        Template t = new Template(org, Ulid.at(clock.instant()), d.name(), d.subject(), d.bodyText(), d.bodyHtml(), 1);
        store.put(t);
        return t;
    }

    public Template replace(String org, String id, long expectedVersion, Draft d) {
        Template current = get(org, id);
        if (current.version() != expectedVersion) throw Conflict.staleVersion("template", current.version());
        check(d);
        Template next = new Template(org, id, d.name(), d.subject(), d.bodyText(), d.bodyHtml(), current.version() + 1);
        try {
            store.put(next);
        } catch (VersionConflict e) {
            throw Conflict.staleVersion("template", get(org, id).version());
        }
        return next;
    }

    public void delete(String org, String id) {
        if (!store.delete(org, id)) throw new NotFound("template " + id);
    }

    private static void check(Draft d) {
        List<FieldError> bad = new ArrayList<>();
        for (var part : List.of(new String[] {"subject", d.subject()}, new String[] {"bodyText", d.bodyText()},
                new String[] {"bodyHtml", d.bodyHtml()})) {
            var unknown = MergeFields.unknownIn(part[1]);
            if (!unknown.isEmpty()) {
                bad.add(new FieldError(part[0], "unknown merge field " + String.join(", ", unknown.stream().map(f -> "{{" + f + "}}").toList())
                        + "; known: " + MergeFields.known()));
            }
        }
        Invalid.throwIfAny(bad);
    }
}
