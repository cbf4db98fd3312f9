package com.salescarousel.prospect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person a rep keeps in touch with. {@code nextDueOn} is null exactly when the prospect is off
 * the carousel (paused, won, archived), which is what keeps the due index sparse.
 */
public record Prospect(
        String repId, String id, String name, String company, String email, String phone,
        String title, String tier, ProspectStatus status, String source, String referredBy,
        List<String> tags, String notes, LocalDate createdOn, Instant createdAt,
        Instant lastTouchAt, LocalDate lastTouchOn, Instant lastResponseAt, LocalDate nextDueOn,
        int touchesSinceResponse, int touchCount, boolean salesReady, long version) {

    public Prospect {
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? ProspectStatus.OPEN : status;
    }

    public boolean onCarousel() {
        return status.onCarousel() && nextDueOn != null;
    }

    /** The day cadences count from: the last touch, or creation when never touched. */
    public LocalDate cadenceAnchor() {
        return lastTouchOn != null ? lastTouchOn : createdOn;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder: rules and the store's schema both construct prospects through it. */
    public static final class Builder {
        private String repId, id, name, company, email, phone, title, tier, source, referredBy, notes;
        private ProspectStatus status = ProspectStatus.OPEN;
        private List<String> tags = List.of();
        private LocalDate createdOn, lastTouchOn, nextDueOn;
        private Instant createdAt, lastTouchAt, lastResponseAt;
        private int touchesSinceResponse, touchCount;
        private boolean salesReady;
        private long version;

        private Builder() {}

        private Builder(Prospect p) {
            repId = p.repId; id = p.id; name = p.name; company = p.company; email = p.email;
            phone = p.phone; title = p.title; tier = p.tier; status = p.status; source = p.source;
            referredBy = p.referredBy; tags = p.tags; notes = p.notes; createdOn = p.createdOn;
            createdAt = p.createdAt; lastTouchAt = p.lastTouchAt; lastTouchOn = p.lastTouchOn;
            lastResponseAt = p.lastResponseAt; nextDueOn = p.nextDueOn;
            touchesSinceResponse = p.touchesSinceResponse; touchCount = p.touchCount;
            salesReady = p.salesReady; version = p.version;
        }

        public Builder repId(String v) { repId = v; return this; }
        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder tier(String v) { tier = v; return this; }
        public Builder status(ProspectStatus v) { status = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder referredBy(String v) { referredBy = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder createdOn(LocalDate v) { createdOn = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder lastTouchAt(Instant v) { lastTouchAt = v; return this; }
        public Builder lastTouchOn(LocalDate v) { lastTouchOn = v; return this; }
        public Builder lastResponseAt(Instant v) { lastResponseAt = v; return this; }
        public Builder nextDueOn(LocalDate v) { nextDueOn = v; return this; }
        public Builder touchesSinceResponse(int v) { touchesSinceResponse = v; return this; }
        public Builder touchCount(int v) { touchCount = v; return this; }
        public Builder salesReady(boolean v) { salesReady = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Prospect build() {
            return new Prospect(repId, id, name, company, email, phone, title, tier, status, source,
                    referredBy, tags, notes, createdOn, createdAt, lastTouchAt, lastTouchOn,
                    lastResponseAt, nextDueOn, touchesSinceResponse, touchCount, salesReady, version);
        }
    }
}
