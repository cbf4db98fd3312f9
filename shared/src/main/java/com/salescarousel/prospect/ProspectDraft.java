package com.salescarousel.prospect;

import java.util.List;

/** What a rep types about a prospect; every field but the name may be empty. */
public record ProspectDraft(String name, String company, String email, String phone, String title,
                            String tier, String source, String referredBy, List<String> tags, String notes) {
}
