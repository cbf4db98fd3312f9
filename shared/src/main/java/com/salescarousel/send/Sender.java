package com.salescarousel.send;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.digest.DigestMail;
import com.salescarousel.digest.TeamWeekMail;
import com.salescarousel.ops.Activity;
import com.salescarousel.ops.Measure;
import com.salescarousel.plan.AutoSteps;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.DigestPush;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.signal.SalesReadyAlert;
import com.salescarousel.template.MergeFields;
import com.salescarousel.template.Template;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import com.salescarousel.touch.TouchStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.inject.Inject;

/**
 * Sends one queued e-mail, at most once. The send record is claimed (QUEUED → SENDING, with a
 * lease) before SES is called; a touch e-mail's touch and its SENT mark are one transaction after.
 * A redelivered message finds the record done and stops; one that finds it SENDING past its lease
 * knows a worker died mid-way, marks it UNCERTAIN and does not send again.
 */
public final class Sender {
    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final SendStore sends;
    private final ProfileStore profiles;
    private final ProspectStore prospects;
    private final TemplateStore templates;
    private final Suppressions suppressions;
    private final Agendas agendas;
    private final TouchLog touchLog;
    private final Mailer mailer;
    private final DigestPush push;
    private final AutoSteps autoSteps;
    private final TeamWeekMail teamMail;
    private final UnsubscribeTokens unsubscribe;
    private final MailSettings settings;
    private final SalesReadyAlert alerts;
    private final Clock clock;
    private final Activity activity;

    /** What became of one message. */
    public enum Result { SENT, ALREADY_DONE, SKIPPED, SUPPRESSED, FAILED, UNCERTAIN, UNKNOWN }

    /** Try the message again later: nothing was sent. */
    public static final class Retry extends Exception {
        private static final long serialVersionUID = 1L;
        public Retry(String why, Throwable cause) {
            super(why, cause);
        }
    }

    public Sender(SendStore sends, ProfileStore profiles, ProspectStore prospects, TemplateStore templates,
                  Suppressions suppressions, Agendas agendas, TouchLog touchLog, Mailer mailer,
                  UnsubscribeTokens unsubscribe, MailSettings settings, DigestPush push, AutoSteps autoSteps, TeamWeekMail teamMail,
                  Clock clock) {
        this(sends, profiles, prospects, templates, suppressions, agendas, touchLog, mailer, unsubscribe, settings, push, autoSteps, teamMail,
                clock, Activity.NONE);
    }

    @Inject
    public Sender(SendStore sends, ProfileStore profiles, ProspectStore prospects, TemplateStore templates,
                  Suppressions suppressions, Agendas agendas, TouchLog touchLog, Mailer mailer,
                  UnsubscribeTokens unsubscribe, MailSettings settings, DigestPush push, AutoSteps autoSteps, TeamWeekMail teamMail,
                  Clock clock, Activity activity) {
        this.sends = sends;
        this.profiles = profiles;
        this.prospects = prospects;
        this.templates = templates;
        this.suppressions = suppressions;
        this.agendas = agendas;
        this.touchLog = touchLog;
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
        this.settings = settings;
        this.push = push;
        this.autoSteps = autoSteps;
        this.teamMail = teamMail;
        this.alerts = new SalesReadyAlert(push, mailer, settings);
        this.clock = clock;
        this.activity = activity;
    }

    public Result handle(String repId, String sendId) throws Retry {
        Result r = sendOnce(repId, sendId);
        switch (r) { // SENT is counted where the kind of message is known
            case SUPPRESSED -> activity.add(Measure.EMAILS_SUPPRESSED);
            case UNCERTAIN -> activity.add(Measure.EMAILS_UNCERTAIN);
            case FAILED -> activity.add(Measure.EMAILS_FAILED);
            default -> { }
        }
        return r;
    }

    private Result sendOnce(String repId, String sendId) throws Retry {
        Instant now = clock.instant();
        Optional<Send> found = sends.find(repId, sendId);
        if (found.isEmpty()) {
            LOG.warning("no send record " + repId + "/" + sendId + "; dropping the message");
            return Result.UNKNOWN;
        }
        Send send = found.get();
        if (send.status().done()) return Result.ALREADY_DONE;
        if (send.status() == Send.Status.SENDING) {
            if (send.leaseUntil() != null && send.leaseUntil().isAfter(now)) throw new Retry("another worker holds " + sendId, null);
            return sends.markUncertain(repId, sendId, now) ? Result.UNCERTAIN : Result.ALREADY_DONE;
        }
        Optional<Send> claimed = sends.claim(repId, sendId, now, now.plus(LEASE));
        if (claimed.isEmpty()) return Result.ALREADY_DONE;
        Optional<RepProfile> rep = profiles.find(repId);
        if (rep.isEmpty()) return finish(claimed.get(), Send.Status.FAILED, "the rep no longer exists");
        try {
            return switch (claimed.get().kind()) {
                case DIGEST -> digest(rep.get(), claimed.get());
                case TEAM -> team(rep.get(), claimed.get());
                case ALERT -> alert(rep.get(), claimed.get());
                case TOUCH -> touch(rep.get(), claimed.get());
            };
        } catch (Mailer.Retryable e) {
            sends.release(repId, sendId, "will retry: " + e.getMessage(), clock.instant());
            throw new Retry(e.getMessage(), e);
        } catch (Mailer.Rejected e) {
            return finish(claimed.get(), Send.Status.FAILED, "rejected by the mail service: " + e.getMessage());
        } catch (Mailer.Unknown e) {
            sends.finish(repId, sendId, Send.Status.UNCERTAIN, null,
                    "no answer from the mail service, so it may have gone out; not sent again automatically: " + e.getMessage(), clock.instant());
            return Result.UNCERTAIN;
        }
    }

    private Result digest(RepProfile rep, Send send) throws Mailer.Retryable, Mailer.Rejected, Mailer.Unknown {
        Agenda agenda = agendas.forDay(rep, send.date());
        if (agenda.overdue().isEmpty() && agenda.due().isEmpty()) return finish(send, Send.Status.SKIPPED, "nothing due");
        var mail = DigestMail.render(rep, agenda, settings.appUrl());
        String id = mailer.send(new Mailer.Mail(settings.from(), rep.email(), mail.subject(), mail.text(), mail.html(), Map.of(),
                Map.of("kind", "digest")));
        sends.finish(rep.repId(), send.id(), Send.Status.SENT, id, null, clock.instant());
        try {
            push.notify(rep, agenda, mail.subject());
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "digest push for " + rep.repId() + " failed; the mail went out", e);
        }
        activity.add(Measure.DIGESTS_SENT);
        activity.add(Measure.EMAILS_SENT);
        return Result.SENT;
    }

    /** A manager's Monday e-mail: last week's team table ({@link TeamWeekMail}). */
    private Result team(RepProfile manager, Send send) throws Mailer.Retryable, Mailer.Rejected, Mailer.Unknown {
        if (suppressions.isSuppressed(manager.org(), manager.email())) return finish(send, Send.Status.SUPPRESSED, "address bounced or complained");
        var mail = teamMail.render(manager, send.date(), settings.appUrl());
        if (mail.isEmpty()) return finish(send, Send.Status.SKIPPED, "not an active manager, or no active member");
        String id = mailer.send(new Mailer.Mail(settings.from(), manager.email(), mail.get().subject(), mail.get().text(), mail.get().html(),
                Map.of(), Map.of("kind", "team")));
        sends.finish(manager.repId(), send.id(), Send.Status.SENT, id, null, clock.instant());
        activity.add(Measure.EMAILS_SENT);
        return Result.SENT;
    }

    /** Sales-ready: pushed to the rep's devices, or e-mailed when none took it (claimed, so at most once). */
    private Result alert(RepProfile rep, Send send) throws Mailer.Retryable, Mailer.Rejected, Mailer.Unknown {
        Optional<Prospect> p = prospects.find(rep.repId(), send.prospectId());
        if (p.isEmpty()) return finish(send, Send.Status.FAILED, "the prospect was deleted");
        SalesReadyAlert.Delivered d = alerts.deliver(rep, p.get(), send.relevantInfo());
        sends.finish(rep.repId(), send.id(), Send.Status.SENT, d.messageId(), d.detail(), clock.instant());
        if (d.messageId() != null) activity.add(Measure.EMAILS_SENT); // e-mailed, not pushed
        return Result.SENT;
    }

    private Result touch(RepProfile rep, Send send) throws Mailer.Retryable, Mailer.Rejected, Mailer.Unknown {
        Optional<Prospect> found = prospects.find(rep.repId(), send.prospectId());
        if (found.isEmpty()) return finish(send, Send.Status.FAILED, "the prospect was deleted");
        Prospect p = found.get();
        String stale = AutoSteps.stale(send, p); // a plan step's e-mail whose step was done meanwhile
        if (stale != null) return finish(send, Send.Status.SKIPPED, stale);
        if (p.email() == null) return finish(send, Send.Status.FAILED, "the prospect has no e-mail address");
        if (suppressions.isSuppressed(rep.org(), p.email())) {
            if (autoSteps == null || !AutoSteps.isStep(send)) return finish(send, Send.Status.SUPPRESSED, "address unsubscribed, bounced or complained");
            autoSteps.skip(rep, send, p, "address unsubscribed, bounced or complained");
            return Result.SUPPRESSED;
        }
        Optional<Template> template = templates.find(rep.org(), send.templateId());
        if (template.isEmpty()) return finish(send, Send.Status.FAILED, "the template was deleted");
        Template t = template.get();
        if (t.needsRelevantInfo() && (send.relevantInfo() == null || send.relevantInfo().isBlank())) {
            return finish(send, Send.Status.FAILED, "the template's {{relevantInfo}} slot is empty: not sent half-filled");
        }
        var mail = MergeFields.render(t, new MergeFields.Values(p.name(), p.company(), rep.name(), send.relevantInfo()));
        String link = settings.appUrl() + "/api/unsubscribe/" + unsubscribe.issue(rep.org(), p.email());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + link + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // From the system's verified address in the rep's name; the prospect's answer goes to the rep.
        String messageId = mailer.send(new Mailer.Mail(MailAddress.named(rep.name(), settings.from()), p.email(), mail.subject(),
                mail.text(), mail.html(), headers, Map.of("kind", "touch", "template", t.id()), rep.email()));
        // SES has the mail now. The touch (outcome sent, noted with the subject sent) and the SENT mark land together, or neither does.
        touchLog.log(rep, p.id(), new TouchRequest(Channel.EMAIL, Outcome.SENT, mail.subject(), clock.instant(),
                "send-" + send.id()), new TouchStore.SentMail(send.id(), messageId));
        activity.add(Measure.EMAILS_SENT);
        return Result.SENT;
    }

    private Result finish(Send send, Send.Status status, String detail) {
        sends.finish(send.repId(), send.id(), status, null, detail, clock.instant());
        return switch (status) {
            case SKIPPED -> Result.SKIPPED;
            case SUPPRESSED -> Result.SUPPRESSED;
            default -> Result.FAILED;
        };
    }
}
