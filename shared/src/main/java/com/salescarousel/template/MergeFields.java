package com.salescarousel.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields a template may use, and rendering them safely: values are escaped in HTML, and
 * stripped of line breaks wherever they could reach a header (the subject).
 */
public final class MergeFields {
    public static final String RELEVANT_INFO = "relevantInfo";
    public static final List<String> KNOWN = List.of("prospect.name", "prospect.firstName", "prospect.company", "rep.name", RELEVANT_INFO);
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");

    private MergeFields() {}

    /** Every merge field a text uses, known or not. */
    public static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        Matcher m = FIELD.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    public static boolean uses(Template t, String field) {
        return in(t.subject()).contains(field) || in(t.bodyText()).contains(field) || in(t.bodyHtml()).contains(field);
    }

    /** The values a touch e-mail is rendered with. Missing values render as empty text. */
    public record Values(String prospectName, String prospectCompany, String repName, String relevantInfo) {
        Map<String, String> asMap() {
            String first = prospectName == null ? "" : prospectName.strip().split("\\s+")[0];
            return Map.of("prospect.name", orEmpty(prospectName), "prospect.firstName", first,
                    "prospect.company", orEmpty(prospectCompany), "rep.name", orEmpty(repName),
                    RELEVANT_INFO, orEmpty(relevantInfo));
        }
    }

    /** A rendered e-mail; {@code html} is null when the template has no HTML body. */
    public record Rendered(String subject, String text, String html) {}

    public static Rendered render(Template t, Values v) {
        Map<String, String> values = v.asMap();
        return new Rendered(
                oneLine(fill(t.subject(), values, MergeFields::oneLine)),
                fill(t.bodyText(), values, s -> s),
                t.bodyHtml() == null ? null : fill(t.bodyHtml(), values, MergeFields::escapeHtml));
    }

    private static String fill(String text, Map<String, String> values, java.util.function.UnaryOperator<String> encode) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(encode.apply(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Header-safe: no CR, LF or other control characters, whitespace folded. */
    public static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll("\\s{2,}", " ").strip();
    }

    public static String escapeHtml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Unknown fields in a template are a mistake the author should hear about at save time. */
    public static Set<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>(in(text));
        unknown.removeAll(KNOWN);
        return unknown;
    }

    public static String known() {
        return String.join(", ", KNOWN.stream().map(f -> "{{" + f + "}}").toList());
    }
}
