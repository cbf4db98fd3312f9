package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.cadence.ReferralPolicy;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.referral.ReferralBook;
import com.salescarousel.referral.ReferralSettings;
import com.salescarousel.referral.Referrals;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Referrals (DESIGN 7.3): {@code /api/prospects/{id}/referrals} (the tree below one of the rep's prospects),
 * {@code /api/referrals/stats} (the rep's figures) and {@code /api/referrals/settings} (the org's ask rhythm
 * and suggested templates; managers change it).
 */
final class ReferralsResource {
    private final Reps reps;
    private final ReferralBook book;
    private final ReferralSettings settings;

    @Inject
    ReferralsResource(Reps reps, ReferralBook book, ReferralSettings settings) {
        this.reps = reps;
        this.book = book;
        this.settings = settings;
    }

    APIGatewayV2HTTPResponse tree(ApiRequest req, Caller caller) {
        var tree = book.tree(caller.repId(), req.id("id", "prospect"));
        Map<String, Object> body = node(tree.root());
        body.put("referredBy", tree.referredBy() == null ? null : ref(tree.referredBy()));
        return ApiResponse.json(200, body);
    }

    APIGatewayV2HTTPResponse stats(ApiRequest req, Caller caller) {
        var figures = book.stats(caller.repId());
        Referrals.Stats s = figures.stats();
        List<Map<String, Object>> referrers = s.referrers().stream().map(r -> {
            Optional<Prospect> p = figures.referrers().get(r.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", p.map(Prospect::name).orElse(null));
            m.put("status", p.map(x -> x.status().wire()).orElse(null));
            m.put("referrals", r.referrals());
            m.put("won", r.won());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referrers", referrers);
        body.put("wonDeals", s.wonDeals());
        body.put("wonThroughReferral", s.wonThroughReferral());
        body.put("referralShare", s.referralShare());
        return ApiResponse.json(200, body);
    }

    APIGatewayV2HTTPResponse settings(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, policy(settings.of(caller.org())));
    }

    APIGatewayV2HTTPResponse replaceSettings(ApiRequest req, Caller caller) {
        ReferralPolicy next = SettingsRequests.referralPolicy(req.body());
        reps.profileOf(caller); // a first-time manager becomes a member here, as on any other route
        return ApiResponse.json(200, policy(settings.replace(caller, next)));
    }

    private static Map<String, Object> node(Referrals.Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("name", n.name());
        m.put("status", n.status().wire());
        m.put("referrals", n.referrals().stream().map(ReferralsResource::node).toList());
        return m;
    }

    private static Map<String, Object> ref(Prospect p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("status", p.status().wire());
        return m;
    }

    private static Map<String, Object> policy(ReferralPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstAskAfter", p.firstAsk().toString());
        m.put("askEvery", p.askEvery().toString());
        m.put("askTemplateId", p.askTemplateId());
        m.put("thankYouTemplateId", p.thankYouTemplateId());
        return m;
    }
}
