package com.salescarousel.signal;

import com.salescarousel.rep.Caller;
import com.salescarousel.team.Managers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.inject.Inject;

/**
 * The team's signal settings, for its managers: the sales-ready rule, the hook's address, and rotating
 * the hook's secret. The org is the caller's; {@link Managers} checks the membership in the store (403 else).
 */
public final class OrgSignals {
    private final ScoringStore scoring;
    private final WebhookSecrets secrets;
    private final Managers managers;
    private final SignalSettings settings;

    /** The hook as a manager sees it; {@code rotatedAt} null while there is no secret. */
    public record Hook(String url, Instant rotatedAt) {}

    /** A new secret, shown this once. */
    public record Rotated(String secret, String url, Instant rotatedAt) {}

    @Inject
    public OrgSignals(ScoringStore scoring, WebhookSecrets secrets, Managers managers, SignalSettings settings) {
        this.scoring = scoring;
        this.secrets = secrets;
        this.managers = managers;
        this.settings = settings;
    }

    public ScoringRule scoring(Caller caller) {
        managers.managerOf(caller);
        return scoring.of(caller.org());
    }

    public ScoringRule replaceScoring(Caller caller, ScoringRule rule) {
        managers.managerOf(caller);
        scoring.put(caller.org(), rule);
        return rule;
    }

    public Hook hook(Caller caller) {
        managers.managerOf(caller);
        return new Hook(url(caller.org()), secrets.rotatedAt(caller.org()).orElse(null));
    }

    public Rotated rotate(Caller caller) {
        managers.managerOf(caller);
        String url = url(caller.org());
        String secret = secrets.rotate(caller.org());
        return new Rotated(secret, url, secrets.rotatedAt(caller.org()).orElse(null));
    }

    /** {@code <app>/hooks/signals/<org>}: the app's origin, where CloudFront sends /hooks/* to the API. */
    String url(String org) {
        String base = SignalSettings.required(settings.appUrl(), "APP_URL");
        return base + "/hooks/signals/" + URLEncoder.encode(org, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
