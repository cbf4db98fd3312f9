package com.salescarousel.plan;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendStore;
import com.salescarousel.store.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.inject.Inject;

/**
 * A plan's automatic steps, sent by the hourly run like an auto-send tier's e-mails: the send's id
 * is fixed by the prospect, the enrolment and the step ({@code STEP-<prospect>-<enrolment>-<n>}),
 * so a repeated run or a redelivered message sends nothing twice, and the touch the sender records
 * for it completes the step ({@link PlanProgress#afterTouch}). A step whose address may not be
 * mailed is skipped instead, and its send record says so.
 */
public final class AutoSteps {
    private static final Logger LOG = Logger.getLogger(AutoSteps.class.getName());
    static final String PREFIX = "STEP-";
    private static final int ATTEMPTS = 5;

    private final PlanStore plans;
    private final ProspectStore prospects;
    private final SendStore sends;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public AutoSteps(PlanStore plans, ProspectStore prospects, SendStore sends, TierStore tiers, Clock clock) {
        this.plans = plans;
        this.prospects = prospects;
        this.sends = sends;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** The e-mail the prospect's plan asks for by {@code day}: its current step is automatic and due. Null otherwise. */
    public static Send due(String repId, Prospect p, LocalDate day, Instant now) {
        Enrolment e = p.plan();
        if (e == null || p.email() == null || !p.onCarousel()) return null;
        PlanStep s = e.current();
        if (!s.auto() || s.templateId() == null || e.dueOn().isAfter(day)) return null;
        return new Send(repId, sendId(p), Send.Kind.TOUCH, p.id(), s.templateId(), null, day, Send.Status.QUEUED, 0, null, null,
                null, null, now, now);
    }

    static String sendId(Prospect p) {
        return PREFIX + p.id() + "-" + p.plan().key() + "-" + (p.plan().index() + 1);
    }

    public static boolean isStep(Send s) {
        return s.id().startsWith(PREFIX);
    }

    /** Why a step's queued e-mail must no longer go out (done, skipped, or the plan ended meanwhile); null when it should. */
    public static String stale(Send s, Prospect p) {
        if (!isStep(s)) return null;
        if (p.plan() == null) return "the plan ended before this step's e-mail went out";
        if (!sendId(p).equals(s.id())) return "the step was done before its e-mail went out";
        return null;
    }

    /**
     * The step of {@code send} skipped today, because {@code why}: the plan moves on, and the send
     * record turns SUPPRESSED with a detail naming the step, in one transaction. {@code p} is the
     * prospect as the sender read it.
     */
    public void skip(RepProfile rep, Send send, Prospect p, String why) {
        LocalDate today = Cadence.localDay(clock.instant(), rep.timeZone());
        var known = tiers.of(rep.org());
        Prospect current = p;
        for (int attempt = 1; attempt <= ATTEMPTS && current != null && stale(send, current) == null; attempt++) {
            Enrolment e = current.plan();
            var moved = PlanProgress.skipped(current, today, known.of(current.tier()).cadence(), rep.workingDays());
            Prospect after = moved.prospect().toBuilder().version(current.version() + 1).build();
            String detail = why + "; step " + (e.index() + 1) + " of " + e.steps().size() + " of the plan "
                    + (e.planName() == null ? e.planId() : e.planName()) + " skipped";
            try {
                plans.skipStep(after, moved.tally(), send.id(), detail, clock.instant());
                return;
            } catch (VersionConflict race) {
                current = prospects.find(rep.repId(), send.prospectId()).orElse(null);
            }
        }
        // Done by the rep meanwhile (or it kept changing): the e-mail is still not sent, the plan stays as it is.
        LOG.info("step e-mail " + send.id() + " not sent (" + why + "); its step had moved on");
        sends.finish(rep.repId(), send.id(), Send.Status.SUPPRESSED, null, why + "; the step was not skipped, it had moved on", clock.instant());
    }
}
