package com.salescarousel.prospect;

import java.util.List;

/**
 * What a rep types about a prospect; every field but the name may be empty. {@code referredById} links the
 * prospect who referred this one (one of the rep's own); {@code referredBy} is free text for anyone else.
 */
public record ProspectDraft(String name, String company, String email, String phone, String title,
                            String tier, String source, String referredBy, List<String> tags, String notes, String referredById) {

    public ProspectDraft(String name, String company, String email, String phone, String title,
                         String tier, String source, String referredBy, List<String> tags, String notes) {
        this(name, company, email, phone, title, tier, source, referredBy, tags, notes, null);
    }
}
