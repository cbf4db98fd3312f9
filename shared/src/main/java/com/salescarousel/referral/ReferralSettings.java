package com.salescarousel.referral;

import com.salescarousel.cadence.ReferralPolicy;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.rep.Caller;
import com.salescarousel.team.Managers;
import com.salescarousel.template.TemplateStore;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/** The org's referral-ask rhythm and suggested templates: every member reads them, managers change them. */
public final class ReferralSettings {
    private final TierStore tiers;
    private final TemplateStore templates;
    private final Managers managers;

    @Inject
    public ReferralSettings(TierStore tiers, TemplateStore templates, Managers managers) {
        this.tiers = tiers;
        this.templates = templates;
        this.managers = managers;
    }

    public ReferralPolicy of(String org) {
        return tiers.of(org).referrals();
    }

    /**
     * Replaces the policy. A manager's token is not enough: the store must hold them as an active manager of
     * the org (DESIGN 2). Suggested templates must be the org's own; every bad one is named.
     */
    public ReferralPolicy replace(Caller caller, ReferralPolicy next) {
        managers.managerOf(caller);
        List<FieldError> bad = new ArrayList<>();
        checkTemplate(caller.org(), "askTemplateId", next.askTemplateId(), bad);
        checkTemplate(caller.org(), "thankYouTemplateId", next.thankYouTemplateId(), bad);
        Invalid.throwIfAny(bad);
        Tiers current = tiers.of(caller.org());
        tiers.put(caller.org(), current.withReferrals(next));
        return next;
    }

    private void checkTemplate(String org, String field, String id, List<FieldError> bad) {
        if (id != null && templates.find(org, id).isEmpty()) bad.add(new FieldError(field, "no template of your team has the id " + id));
    }
}
