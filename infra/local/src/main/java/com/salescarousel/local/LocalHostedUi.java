package com.salescarousel.local;

import com.salescarousel.json.Json;
import com.salescarousel.template.MergeFields;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Cognito's hosted UI, so the app's authorization-code + PKCE sign-in runs end to end
 * on the local cloud: {@code GET /local/oauth2/authorize} shows a sign-in page, its POST redirects
 * back with a one-time code bound to the S256 challenge, and {@code POST /local/oauth2/token} trades
 * code + verifier (or a refresh token) for the same ID token {@code /local/login} issues. It checks
 * what Cognito checks: client id, redirect URI, the verifier against the challenge, single use, age.
 */
final class LocalHostedUi {
    static final String CLIENT_ID = "carousel-local";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** Issues the token for a person signing in (the local cloud also records the rep). */
    interface SignIn {
        String token(String email, String name);
    }

    private record Grant(String email, String name, String redirectUri, String challenge, Instant expires) {}

    private final SignIn signIn;
    private final Clock clock;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    LocalHostedUi(SignIn signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    /** The origin's own redirect URI is the only one allowed, as in the template's app client. */
    void handle(HttpExchange ex, URI origin) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        Map<String, String> params;
        try {
            params = QueryString.single(method.equals("GET") ? ex.getRequestURI().getRawQuery() : Exchanges.body(ex));
        } catch (IllegalArgumentException repeated) { // OAuth parameters must not repeat (RFC 6749 3.1)
            oauthError(ex, 400, "invalid_request", repeated.getMessage());
            return;
        }
        if (path.equals("/local/oauth2/authorize") && method.equals("GET")) authorizePage(ex, params, origin);
        else if (path.equals("/local/oauth2/authorize") && method.equals("POST")) authorize(ex, params, origin);
        else if (path.equals("/local/oauth2/token") && method.equals("POST")) token(ex, params);
        else oauthError(ex, 404, "not_found", "no such endpoint");
    }

    private void authorizePage(HttpExchange ex, Map<String, String> q, URI origin) throws IOException {
        String problem = checkRequest(q, origin);
        if (problem != null) {
            page(ex, 400, "<h1>Sign-in request refused</h1><p>" + MergeFields.escapeHtml(problem) + "</p>");
            return;
        }
        StringBuilder hidden = new StringBuilder();
        for (String k : new String[] {"client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method"}) {
            hidden.append("<input type=\"hidden\" name=\"").append(k).append("\" value=\"").append(MergeFields.escapeHtml(q.get(k))).append("\">");
        }
        page(ex, 200, "<h1>Sales Carousel sign-in</h1><p>Local stand-in for the Cognito hosted UI.</p>"
                + "<form method=\"post\" action=\"/local/oauth2/authorize\">" + hidden
                + "<label>Email <input name=\"email\" type=\"email\" required autocomplete=\"email\"></label>"
                + "<label>Name <input name=\"name\" autocomplete=\"name\"></label>"
                + "<button type=\"submit\">Sign in</button></form>");
    }

    private void authorize(HttpExchange ex, Map<String, String> f, URI origin) throws IOException {
        String problem = checkRequest(f, origin);
        String email = f.getOrDefault("email", "").strip();
        if (problem == null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) problem = "a valid e-mail is required";
        if (problem != null) {
            page(ex, 400, "<h1>Sign-in refused</h1><p>" + MergeFields.escapeHtml(problem) + "</p>");
            return;
        }
        String code = random();
        codes.put(code, new Grant(email, f.getOrDefault("name", "").strip(), f.get("redirect_uri"), f.get("code_challenge"),
                clock.instant().plus(CODE_LIFETIME)));
        String target = f.get("redirect_uri") + "?code=" + enc(code) + (f.get("state") == null ? "" : "&state=" + enc(f.get("state")));
        ex.getResponseHeaders().add("Location", target);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange ex, Map<String, String> f) throws IOException {
        if (!CLIENT_ID.equals(f.get("client_id"))) {
            oauthError(ex, 400, "invalid_client", "unknown client_id");
            return;
        }
        Grant g;
        if ("authorization_code".equals(f.get("grant_type"))) {
            g = codes.remove(f.getOrDefault("code", "")); // single use, even when the rest is wrong
            if (g == null || g.expires().isBefore(clock.instant())) {
                oauthError(ex, 400, "invalid_grant", "unknown, used or expired code");
                return;
            }
            if (!g.redirectUri().equals(f.get("redirect_uri"))) {
                oauthError(ex, 400, "invalid_grant", "redirect_uri differs from the authorize request");
                return;
            }
            if (f.get("code_verifier") == null || !g.challenge().equals(s256(f.get("code_verifier")))) {
                oauthError(ex, 400, "invalid_grant", "code_verifier does not match the code_challenge");
                return;
            }
        } else if ("refresh_token".equals(f.get("grant_type"))) {
            g = refreshTokens.get(f.getOrDefault("refresh_token", ""));
            if (g == null) {
                oauthError(ex, 400, "invalid_grant", "unknown refresh token");
                return;
            }
        } else {
            oauthError(ex, 400, "unsupported_grant_type", "authorization_code or refresh_token");
            return;
        }
        String idToken = signIn.token(g.email(), g.name().isEmpty() ? null : g.name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id_token", idToken);
        out.put("access_token", idToken);
        out.put("token_type", "Bearer");
        out.put("expires_in", LocalTokens.LIFETIME.toSeconds());
        if ("authorization_code".equals(f.get("grant_type"))) {
            String refresh = random();
            refreshTokens.put(refresh, g);
            out.put("refresh_token", refresh);
        }
        json(ex, 200, Json.write(out));
    }

    private static String checkRequest(Map<String, String> q, URI origin) {
        if (!CLIENT_ID.equals(q.get("client_id"))) return "unknown client_id";
        if (q.get("redirect_uri") == null || !q.get("redirect_uri").equals(origin + "/")) return "redirect_uri must be " + origin + "/";
        if (!"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null || q.get("code_challenge").length() < 43) {
            return "PKCE with code_challenge_method=S256 is required";
        }
        return null;
    }

    static String s256(String verifier) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void page(HttpExchange ex, int status, String html) throws IOException {
        ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        Exchanges.send(ex, status, "text/html; charset=utf-8", "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Sign in</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}"
                + "label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.6rem;font-size:1rem}"
                + "button{padding:.7rem 1.2rem;font-size:1rem}</style></head><body>" + html + "</body></html>");
    }

    private static void oauthError(HttpExchange ex, int status, String error, String description) throws IOException {
        json(ex, status, Json.write(Map.of("error", error, "error_description", description)));
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        Exchanges.send(ex, status, "application/json", body);
    }
}
