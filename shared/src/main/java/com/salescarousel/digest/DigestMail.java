package com.salescarousel.digest;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.template.MergeFields;
import java.util.List;
import java.util.Locale;

/** The morning e-mail: counts in the subject, overdue then due, each with a link into the app. */
public final class DigestMail {
    private DigestMail() {}

    public record Rendered(String subject, String text, String html) {}

    public static Rendered render(RepProfile rep, Agenda a, String appUrl) {
        String subject = MergeFields.oneLine(String.format(Locale.ROOT, "Today: %d overdue, %d due", a.overdue().size(), a.due().size()));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        text.append("Good morning ").append(rep.name()).append(",\n\nYour carousel for ").append(a.date()).append(".\n");
        html.append("<!doctype html><html><body style=\"font-family:system-ui,sans-serif;color:#1f2933\">")
                .append("<p>Good morning ").append(MergeFields.escapeHtml(rep.name())).append(",</p>")
                .append("<p>Your carousel for ").append(a.date()).append(".</p>");
        section("Overdue", a.overdue(), appUrl, text, html, true);
        section("Due today", a.due(), appUrl, text, html, false);
        text.append("\nOpen today's carousel: ").append(appUrl).append("/#/today\n");
        html.append("<p><a href=\"").append(MergeFields.escapeHtml(appUrl)).append("/#/today\">Open today's carousel</a></p></body></html>");
        return new Rendered(subject, text.toString(), html.toString());
    }

    private static void section(String title, List<AgendaEntry> entries, String appUrl, StringBuilder text, StringBuilder html, boolean overdue) {
        if (entries.isEmpty()) return;
        text.append("\n").append(title).append(" (").append(entries.size()).append(")\n");
        html.append("<h2 style=\"font-size:16px\">").append(title).append(" (").append(entries.size()).append(")</h2><ul>");
        for (AgendaEntry e : entries) {
            String link = appUrl + "/#/prospect/" + e.id();
            String line = e.name() + (e.company() == null ? "" : " — " + e.company()) + " · " + e.tier()
                    + (overdue ? " · " + e.daysOverdue() + (e.daysOverdue() == 1 ? " day" : " days") + " overdue" : "")
                    + " · " + e.touchesSinceResponse() + " since last reply" + (e.salesReady() ? " · SALES READY" : "");
            text.append("- ").append(line).append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"").append(MergeFields.escapeHtml(link)).append("\">")
                    .append(MergeFields.escapeHtml(line)).append("</a></li>");
        }
        html.append("</ul>");
    }
}
