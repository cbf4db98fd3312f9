package com.salescarousel.template;

import java.util.List;
import java.util.Optional;

/** The port for an org's templates. */
public interface TemplateStore {
    Optional<Template> find(String org, String id);

    List<Template> all(String org);

    /** Creates (version 1) or replaces when the stored version is {@code t.version() - 1}. */
    void put(Template t);

    boolean delete(String org, String id);
}
