package com.salescarousel.send;

import com.salescarousel.stats.WeekTally;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One e-mail the carousel means to send, and how far it got. The record is created before the
 * message is queued and only moves forward:
 * QUEUED → SENDING (claimed, with a lease) → SENT | SUPPRESSED | FAILED, or back to QUEUED after a
 * retryable failure. A SENDING record whose lease ran out means a worker died after claiming it,
 * maybe after SES took the mail: it becomes UNCERTAIN and is never sent again automatically.
 */
public record Send(String repId, String id, Kind kind, String prospectId, String templateId, String relevantInfo,
                   LocalDate date, Status status, int attempts, Instant leaseUntil, String messageId,
                   String touchId, String detail, Instant createdAt, Instant updatedAt) {

    /**
     * {@code TEAM}: a manager's Monday e-mail with last week's team table. {@code ALERT}: a prospect became
     * sales-ready; pushed to the rep's devices, or e-mailed when none takes pushes.
     */
    public enum Kind { TOUCH, DIGEST, TEAM, ALERT }

    public enum Status {
        QUEUED, SENDING, SENT, SKIPPED, SUPPRESSED, FAILED, UNCERTAIN;

        public boolean done() {
            return this != QUEUED && this != SENDING;
        }
    }

    /** A rep-initiated templated touch. */
    public static Send touch(String repId, String id, String prospectId, String templateId, String relevantInfo, Instant now) {
        return new Send(repId, id, Kind.TOUCH, prospectId, templateId, relevantInfo, null, Status.QUEUED, 0, null, null,
                null, null, now, now);
    }

    /** The morning digest: one per rep per local date, so its id is the date. */
    public static Send digest(String repId, LocalDate date, Instant now) {
        return new Send(repId, digestId(date), Kind.DIGEST, null, null, null, date, Status.QUEUED, 0, null, null,
                null, null, now, now);
    }

    /** An automatic touch from an auto-send tier: one per prospect per local date. */
    public static Send auto(String repId, String prospectId, String templateId, LocalDate date, Instant now) {
        return new Send(repId, "AUTO-" + date + "-" + prospectId, Kind.TOUCH, prospectId, templateId, null, date,
                Status.QUEUED, 0, null, null, null, null, now, now);
    }

    /** A manager's Monday e-mail: one per manager per ISO week, so its id is the week (exactly once). */
    public static Send teamWeek(String managerId, LocalDate monday, Instant now) {
        return new Send(managerId, "TEAM-" + WeekTally.isoWeek(monday), Kind.TEAM, null, null, null, monday, Status.QUEUED, 0, null,
                null, null, null, now, now);
    }

    /**
     * A sales-ready alert: one per prospect and moment it became ready (the id says which), so a
     * redelivered signal never alerts twice. {@code why} (the signals, as the rep reads them) rides in
     * the record's relevant-info slot, so the sender needs no other read to say it.
     */
    public static Send alert(String repId, String prospectId, Instant readyAt, String why, Instant now) {
        return new Send(repId, "READY-" + prospectId + "-" + readyAt.toEpochMilli(), Kind.ALERT, prospectId, null, why, null,
                Status.QUEUED, 0, null, null, null, null, now, now);
    }

    public static String digestId(LocalDate date) {
        return "DIGEST-" + date;
    }
}
