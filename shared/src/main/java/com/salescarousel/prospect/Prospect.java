package com.salescarousel.prospect;

import com.salescarousel.plan.Enrolment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A person a rep keeps in touch with.
 *
 * <p>A prospect can be due for several reasons, each with its own day: the tier's cadence
 * ({@code cadenceDueOn}, or the plan's next step while {@code plan} is set), a referral ask
 * ({@code nextReferralAskOn}) and a thank-you ({@code thankYouOn}). {@code nextDueOn} is derived, never
 * set: the earliest of them while the prospect is on the carousel, null off it. That is what keeps the
 * due index sparse and lets the daily run read only what is due ({@link DueReason}).
 */
public record Prospect(
        String repId, String id, String org, String name, String company, String email, String phone,
        String title, String tier, ProspectStatus status, String source, String referredBy, String referredById,
        List<String> tags, String notes, LocalDate createdOn, Instant createdAt,
        Instant lastTouchAt, LocalDate lastTouchOn, String lastTouchNote, Instant lastResponseAt,
        LocalDate cadenceDueOn, LocalDate nextReferralAskOn, LocalDate thankYouOn, String thankYouFor,
        LocalDate wonOn, Enrolment plan, LocalDate nextDueOn,
        int touchesSinceResponse, int touchCount, Integer firstResponseAfter,
        boolean salesReady, Instant salesReadyAt, Instant lastSignalAt, LocalDate lastContactedOn, long version) {

    public Prospect {
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? ProspectStatus.OPEN : status;
        nextDueOn = DueReason.earliest(status, cadenceDueOn, plan, nextReferralAskOn, thankYouOn);
    }

    public boolean onCarousel() {
        return status.onCarousel() && nextDueOn != null;
    }

    /**
     * The day cadences count from: the last touch, or creation when never touched. An import's
     * {@code last contacted} day ({@code lastContactedOn}) is a floor under the last touch: contact
     * before the carousel knew the prospect, which taking back later touches must not forget.
     */
    public LocalDate cadenceAnchor() {
        LocalDate touched = lastTouchOn;
        if (lastContactedOn != null && (touched == null || lastContactedOn.isAfter(touched))) touched = lastContactedOn;
        return touched != null ? touched : createdOn;
    }

    public List<DueReason> reasonsOn(LocalDate day) {
        return DueReason.on(this, day);
    }

    /** A warm lead cools: sales-ready lapses this many days after the last signal (DESIGN 7.1). */
    public static final int SALES_READY_DAYS = 30;

    /**
     * Sales-ready as of {@code day}: set by warm signals, lapsed from the {@value #SALES_READY_DAYS}th day
     * after the last one (its UTC date). Derived when read, so nothing has to run for it to lapse; a flag
     * without a signal instant counts as stored.
     */
    public boolean salesReadyOn(LocalDate day) {
        if (!salesReady || lastSignalAt == null) return salesReady;
        return day.isBefore(lastSignalAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(SALES_READY_DAYS));
    }

    /** This prospect as read on {@code day}: a lapsed sales-ready flag comes back cleared. */
    public Prospect asOf(LocalDate day) {
        return salesReady && !salesReadyOn(day) ? toBuilder().salesReady(false).build() : this;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder: rules and the store's schema both construct prospects through it. */
    public static final class Builder {
        private String repId, id, org, name, company, email, phone, title, tier, source, referredBy, referredById, notes;
        private ProspectStatus status = ProspectStatus.OPEN;
        private List<String> tags = List.of();
        private LocalDate createdOn, lastTouchOn, cadenceDueOn, nextReferralAskOn, thankYouOn, wonOn;
        private String lastTouchNote, thankYouFor;
        private Instant createdAt, lastTouchAt, lastResponseAt, salesReadyAt, lastSignalAt;
        private Enrolment plan;
        private int touchesSinceResponse, touchCount;
        private Integer firstResponseAfter;
        private boolean salesReady;
        private LocalDate lastContactedOn;
        private long version;
        /** Set when the stored cadence day was read: the stage-one {@code nextDueOn} attribute then stays unused. */
        private boolean cadenceRead;

        private Builder() {}

        private Builder(Prospect p) {
            repId = p.repId; id = p.id; org = p.org; name = p.name; company = p.company; email = p.email;
            phone = p.phone; title = p.title; tier = p.tier; status = p.status; source = p.source;
            referredBy = p.referredBy; referredById = p.referredById; tags = p.tags; notes = p.notes;
            createdOn = p.createdOn; createdAt = p.createdAt; lastTouchAt = p.lastTouchAt; lastTouchOn = p.lastTouchOn;
            lastTouchNote = p.lastTouchNote; lastResponseAt = p.lastResponseAt; cadenceDueOn = p.cadenceDueOn;
            nextReferralAskOn = p.nextReferralAskOn; thankYouOn = p.thankYouOn; thankYouFor = p.thankYouFor;
            wonOn = p.wonOn; plan = p.plan; touchesSinceResponse = p.touchesSinceResponse; touchCount = p.touchCount;
            firstResponseAfter = p.firstResponseAfter; salesReady = p.salesReady; salesReadyAt = p.salesReadyAt;
            lastSignalAt = p.lastSignalAt; lastContactedOn = p.lastContactedOn; version = p.version;
        }

        public Builder repId(String v) { repId = v; return this; }
        public Builder id(String v) { id = v; return this; }
        public Builder org(String v) { org = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder tier(String v) { tier = v; return this; }
        public Builder status(ProspectStatus v) { status = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder referredBy(String v) { referredBy = v; return this; }
        public Builder referredById(String v) { referredById = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder createdOn(LocalDate v) { createdOn = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder lastTouchAt(Instant v) { lastTouchAt = v; return this; }
        public Builder lastTouchOn(LocalDate v) { lastTouchOn = v; return this; }
        public Builder lastTouchNote(String v) { lastTouchNote = v; return this; }
        public Builder lastResponseAt(Instant v) { lastResponseAt = v; return this; }
        public Builder cadenceDueOn(LocalDate v) { cadenceDueOn = v; cadenceRead |= v != null; return this; }
        public Builder nextReferralAskOn(LocalDate v) { nextReferralAskOn = v; return this; }
        public Builder thankYouOn(LocalDate v) { thankYouOn = v; return this; }
        public Builder thankYouFor(String v) { thankYouFor = v; return this; }
        public Builder wonOn(LocalDate v) { wonOn = v; return this; }
        public Builder plan(Enrolment v) { plan = v; return this; }
        public Builder touchesSinceResponse(int v) { touchesSinceResponse = v; return this; }
        public Builder touchCount(int v) { touchCount = v; return this; }
        public Builder firstResponseAfter(Integer v) { firstResponseAfter = v; return this; }
        public Builder salesReady(boolean v) { salesReady = v; return this; }
        public Builder salesReadyAt(Instant v) { salesReadyAt = v; return this; }
        public Builder lastSignalAt(Instant v) { lastSignalAt = v; return this; }
        public Builder lastContactedOn(LocalDate v) { lastContactedOn = v; return this; }
        public Builder version(long v) { version = v; return this; }

        /**
         * Stage one's single due day, which is the cadence day: setting it sets {@link #cadenceDueOn}
         * (the derived {@code nextDueOn} follows). Reading a stored item, a stored cadence day wins over it.
         */
        public Builder nextDueOn(LocalDate v) {
            if (!cadenceRead) cadenceDueOn = v;
            return this;
        }

        public Prospect build() {
            return new Prospect(repId, id, org, name, company, email, phone, title, tier, status, source,
                    referredBy, referredById, tags, notes, createdOn, createdAt, lastTouchAt, lastTouchOn, lastTouchNote,
                    lastResponseAt, cadenceDueOn, nextReferralAskOn, thankYouOn, thankYouFor, wonOn, plan, null,
                    touchesSinceResponse, touchCount, firstResponseAfter, salesReady, salesReadyAt, lastSignalAt, lastContactedOn, version);
        }
    }
}
