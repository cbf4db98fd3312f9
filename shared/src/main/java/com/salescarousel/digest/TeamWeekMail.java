package com.salescarousel.digest;

import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.NowFigures;
import com.salescarousel.stats.WeekFigures;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.team.MemberStats;
import com.salescarousel.team.TeamReport;
import com.salescarousel.template.MergeFields;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;

/**
 * A manager's Monday e-mail, at their digest hour: last week's table of the team's active members
 * (touches, on-time share, overdue, neglected, persistence), from the same send queue and sender as
 * the digest. Its send id is the ISO week, so each manager gets it once a week however often the run fires.
 */
public final class TeamWeekMail {
    private final TeamReport report;

    @Inject
    public TeamWeekMail(TeamReport report) {
        this.report = report;
    }

    /** Whether the morning run queues one: a manager's profile, on a Monday of their zone. */
    public static boolean isDue(RepProfile rep, LocalDate day) {
        return rep.manager() && day.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    /** Empty when the profile is no active manager any more (the store's membership says), or the team has no active member. */
    public Optional<DigestMail.Rendered> render(RepProfile manager, LocalDate monday, String appUrl) {
        String week = WeekTally.isoWeek(monday.minusWeeks(1));
        List<MemberStats> team = report.activeTeamOf(manager, 2);
        if (team.isEmpty()) return Optional.empty();
        int touches = 0, due = 0, onTime = 0;
        StringBuilder text = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (MemberStats s : team) {
            WeekFigures w = s.stats().weeks().stream().filter(f -> f.week().equals(week)).findFirst().orElse(null);
            if (w == null) continue;
            NowFigures now = s.stats().now();
            touches += w.touches();
            due += w.due();
            onTime += w.onTime();
            String[] cells = {s.member().name(), Integer.toString(w.touches()), share(w.onTime(), w.due()), Integer.toString(now.overdue()),
                Integer.toString(now.neglected()), persistence(now)};
            text.append(String.format(Locale.ROOT, "%-24s %7s %8s %8s %10s %12s%n", (Object[]) cells));
            rows.append("<tr>");
            for (int i = 0; i < cells.length; i++) {
                rows.append(i == 0 ? "<th scope=\"row\" style=\"text-align:left\">" : "<td style=\"text-align:right\">")
                        .append(MergeFields.escapeHtml(cells[i])).append(i == 0 ? "</th>" : "</td>");
            }
            rows.append("</tr>");
        }
        String subject = MergeFields.oneLine(String.format(Locale.ROOT, "Team week %s: %d %s, %s on time", week, touches, touches == 1 ? "touch" : "touches",
                share(onTime, due)));
        String head = String.format(Locale.ROOT, "%-24s %7s %8s %8s %10s %12s%n", "Rep", "Touches", "On time", "Overdue", "Neglected",
                "Persistence");
        String body = "Good morning " + manager.name() + ",\n\nYour team's week " + week + " (overdue and neglected as of today; "
                + "persistence = touches before a first reply, on average).\n\n" + head + text
                + "\nOpen the team view: " + appUrl + "/#/team\n";
        String html = "<!doctype html><html><body style=\"font-family:system-ui,sans-serif;color:#1f2933\"><p>Good morning "
                + MergeFields.escapeHtml(manager.name()) + ",</p><p>Your team's week " + week + ".</p>"
                + "<table style=\"border-collapse:collapse\" cellpadding=\"4\"><caption>Week " + week
                + " (overdue and neglected as of today; persistence: touches before a first reply)</caption><thead><tr>"
                + "<th scope=\"col\">Rep</th><th scope=\"col\">Touches</th><th scope=\"col\">On time</th><th scope=\"col\">Overdue</th>"
                + "<th scope=\"col\">Neglected</th><th scope=\"col\">Persistence</th></tr></thead><tbody>" + rows + "</tbody></table>"
                + "<p><a href=\"" + MergeFields.escapeHtml(appUrl) + "/#/team\">Open the team view</a></p></body></html>";
        return Optional.of(new DigestMail.Rendered(subject, body, html));
    }

    static String share(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }

    static String persistence(NowFigures now) {
        return now.touchesBeforeFirstResponse() == null ? "-" : String.format(Locale.ROOT, "%.1f", now.touchesBeforeFirstResponse());
    }
}
