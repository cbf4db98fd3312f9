package com.salescarousel.template;

/** A team's e-mail template. {@code bodyHtml} is optional; merge fields are {@code {{name}}}. */
public record Template(String org, String id, String name, String subject, String bodyText, String bodyHtml, long version) {

    public boolean needsRelevantInfo() {
        return MergeFields.uses(this, MergeFields.RELEVANT_INFO);
    }
}
