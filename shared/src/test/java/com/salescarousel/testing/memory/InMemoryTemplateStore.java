package com.salescarousel.testing.memory;

import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.template.Template;
import com.salescarousel.template.TemplateStore;
import java.util.List;
import java.util.Optional;

/** Templates at {@code ORG#<org>} / {@code TEMPLATE#<id>}: version 1 only when new, later versions only over the one before. */
public final class InMemoryTemplateStore implements TemplateStore {
    private final MemoryTable table;

    InMemoryTemplateStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public Optional<Template> find(String org, String id) {
        return Optional.ofNullable(table.get(Keys.org(org), Keys.template(id), Template.class));
    }

    @Override
    public List<Template> all(String org) {
        return table.startingWith(Keys.org(org), Keys.TEMPLATE, Template.class);
    }

    @Override
    public void put(Template t) {
        table.atomically(() -> {
            Template current = find(t.org(), t.id()).orElse(null);
            boolean fits = t.version() == 1 ? current == null : current != null && current.version() == t.version() - 1;
            if (!fits) throw new VersionConflict("template " + t.id());
            table.put(Keys.org(t.org()), Keys.template(t.id()), t);
            return null;
        });
    }

    @Override
    public boolean delete(String org, String id) {
        return table.remove(Keys.org(org), Keys.template(id));
    }
}
