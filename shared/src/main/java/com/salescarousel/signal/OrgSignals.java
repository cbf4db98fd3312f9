package com.salescarousel.signal;

import com.salescarousel.error.Forbidden;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.team.Member;
import com.salescarousel.team.MemberStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.inject.Inject;

/**
 * The team's signal settings, for its managers: the sales-ready rule, the hook's address, and rotating
 * the hook's secret. The org is the caller's; the membership in the store must say manager (403 else).
 */
public final class OrgSignals {
    private final ScoringStore scoring;
    private final WebhookSecrets secrets;
    private final MemberStore members;
    private final SignalSettings settings;

    /** The hook as a manager sees it; {@code rotatedAt} null while there is no secret. */
    public record Hook(String url, Instant rotatedAt) {}

    /** A new secret, shown this once. */
    public record Rotated(String secret, String url, Instant rotatedAt) {}

    @Inject
    public OrgSignals(ScoringStore scoring, WebhookSecrets secrets, MemberStore members, SignalSettings settings) {
        this.scoring = scoring;
        this.secrets = secrets;
        this.members = members;
        this.settings = settings;
    }

    public ScoringRule scoring(Caller caller, RepProfile profile) {
        requireManager(caller, profile);
        return scoring.of(caller.org());
    }

    public ScoringRule replaceScoring(Caller caller, RepProfile profile, ScoringRule rule) {
        requireManager(caller, profile);
        scoring.put(caller.org(), rule);
        return rule;
    }

    public Hook hook(Caller caller, RepProfile profile) {
        requireManager(caller, profile);
        return new Hook(url(caller.org()), secrets.rotatedAt(caller.org()).orElse(null));
    }

    public Rotated rotate(Caller caller, RepProfile profile) {
        requireManager(caller, profile);
        String url = url(caller.org());
        String secret = secrets.rotate(caller.org());
        return new Rotated(secret, url, secrets.rotatedAt(caller.org()).orElse(null));
    }

    /** {@code <app>/hooks/signals/<org>}: the app's origin, where CloudFront sends /hooks/* to the API. */
    String url(String org) {
        String base = SignalSettings.required(settings.appUrl(), "APP_URL");
        return base + "/hooks/signals/" + URLEncoder.encode(org, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The token must say manager, and so must the store: the membership (not disabled), or, for a
     * profile from before memberships were kept, the profile.
     */
    private void requireManager(Caller caller, RepProfile profile) {
        boolean manager = caller.manager() && members.find(caller.org(), caller.repId())
                .map(m -> m.manager() && m.status() != Member.Status.DISABLED).orElse(profile.manager());
        if (!manager) throw new Forbidden("only the team's managers see and change its webhook and scoring rule");
    }
}
