package com.salescarousel.prospect;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.salescarousel.plan.Enrolment;
import com.salescarousel.plan.EnrolmentAttribute;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The prospect item of the single table ({@code REP#<rep>} / {@code PROSPECT#<id>}): its attributes and
 * the keys it derives for the due index (GSI1), the e-mail look-up (GSI2) and the referral index (GSI3).
 */
final class ProspectItem {
    private ProspectItem() {}

    /** Static schema: no bean introspection at cold start. Key attributes derive from the record. */
    static final TableSchema<Prospect> SCHEMA = StaticImmutableTableSchema
            .builder(Prospect.class, Prospect.Builder.class)
            .newItemBuilder(Prospect::builder, Prospect.Builder::build)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(p -> Keys.rep(p.repId()))
                    .setter((b, v) -> b.repId(Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(p -> Keys.prospect(p.id()))
                    .setter((b, v) -> b.id(Keys.after(v, Keys.PROSPECT))).tags(primarySortKey()))
            // The due index is sparse: only prospects on the carousel carry its keys.
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI1PK)
                    .getter(p -> p.onCarousel() ? Keys.rep(p.repId()) : null).setter((b, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI1)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI1SK)
                    .getter(p -> p.onCarousel() ? Keys.due(p.nextDueOn(), p.id()) : null).setter((b, v) -> {})
                    .tags(secondarySortKey(CarouselTable.GSI1)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2PK)
                    .getter(p -> p.email() == null ? null : Keys.email(p.email())).setter((b, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2SK)
                    .getter(p -> p.email() == null ? null : Keys.rep(p.repId()) + "#" + Keys.prospect(p.id()))
                    .setter((b, v) -> {}).tags(secondarySortKey(CarouselTable.GSI2)))
            // The referral index is sparse too: referred prospects by their referrer, and won ones.
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI3PK)
                    .getter(p -> referralKey(p) == null ? null : Keys.rep(p.repId())).setter((b, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI3)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI3SK).getter(ProspectItem::referralKey).setter((b, v) -> {})
                    .tags(secondarySortKey(CarouselTable.GSI3)))
            .addAttribute(String.class, a -> a.name("type").getter(p -> "prospect").setter((b, v) -> {}))
            // Lower-cased name, company and e-mail, for the list's text filter.
            .addAttribute(String.class, a -> a.name("search").getter(ProspectItem::searchText).setter((b, v) -> {}))
            .addAttribute(String.class, a -> a.name("org").getter(Prospect::org).setter(Prospect.Builder::org))
            .addAttribute(String.class, a -> a.name("name").getter(Prospect::name).setter(Prospect.Builder::name))
            .addAttribute(String.class, a -> a.name("company").getter(Prospect::company).setter(Prospect.Builder::company))
            .addAttribute(String.class, a -> a.name("email").getter(Prospect::email).setter(Prospect.Builder::email))
            .addAttribute(String.class, a -> a.name("phone").getter(Prospect::phone).setter(Prospect.Builder::phone))
            .addAttribute(String.class, a -> a.name("title").getter(Prospect::title).setter(Prospect.Builder::title))
            .addAttribute(String.class, a -> a.name("tier").getter(Prospect::tier).setter(Prospect.Builder::tier))
            .addAttribute(String.class, a -> a.name("status").getter(p -> p.status().wire())
                    .setter((b, v) -> b.status(ProspectStatus.fromWire(v).orElse(ProspectStatus.OPEN))))
            .addAttribute(String.class, a -> a.name("source").getter(Prospect::source).setter(Prospect.Builder::source))
            .addAttribute(String.class, a -> a.name("referredBy").getter(Prospect::referredBy).setter(Prospect.Builder::referredBy))
            .addAttribute(String.class, a -> a.name("referredById").getter(Prospect::referredById).setter(Prospect.Builder::referredById))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags")
                    .getter(p -> p.tags().isEmpty() ? null : p.tags()).setter(Prospect.Builder::tags))
            .addAttribute(String.class, a -> a.name("notes").getter(Prospect::notes).setter(Prospect.Builder::notes))
            .addAttribute(LocalDate.class, a -> a.name("createdOn").getter(Prospect::createdOn).setter(Prospect.Builder::createdOn))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(Prospect::createdAt).setter(Prospect.Builder::createdAt))
            .addAttribute(Instant.class, a -> a.name("lastTouchAt").getter(Prospect::lastTouchAt).setter(Prospect.Builder::lastTouchAt))
            .addAttribute(LocalDate.class, a -> a.name("lastTouchOn").getter(Prospect::lastTouchOn).setter(Prospect.Builder::lastTouchOn))
            .addAttribute(Instant.class, a -> a.name("lastResponseAt").getter(Prospect::lastResponseAt).setter(Prospect.Builder::lastResponseAt))
            .addAttribute(String.class, a -> a.name("lastTouchNote").getter(Prospect::lastTouchNote).setter(Prospect.Builder::lastTouchNote))
            // Derived from the days below; read back only for stage-one items, which stored no cadence day.
            .addAttribute(LocalDate.class, a -> a.name("nextDueOn").getter(Prospect::nextDueOn).setter(Prospect.Builder::nextDueOn))
            .addAttribute(LocalDate.class, a -> a.name("cadenceDueOn").getter(Prospect::cadenceDueOn).setter(Prospect.Builder::cadenceDueOn))
            .addAttribute(LocalDate.class, a -> a.name("nextReferralAskOn").getter(Prospect::nextReferralAskOn)
                    .setter(Prospect.Builder::nextReferralAskOn))
            .addAttribute(LocalDate.class, a -> a.name("thankYouOn").getter(Prospect::thankYouOn).setter(Prospect.Builder::thankYouOn))
            .addAttribute(String.class, a -> a.name("thankYouFor").getter(Prospect::thankYouFor).setter(Prospect.Builder::thankYouFor))
            .addAttribute(LocalDate.class, a -> a.name("wonOn").getter(Prospect::wonOn).setter(Prospect.Builder::wonOn))
            .addAttribute(Enrolment.class, a -> a.name("plan").getter(Prospect::plan).setter(Prospect.Builder::plan)
                    .attributeConverter(new EnrolmentAttribute()))
            .addAttribute(Integer.class, a -> a.name("touchesSinceResponse").getter(Prospect::touchesSinceResponse)
                    .setter((b, v) -> b.touchesSinceResponse(v == null ? 0 : v)))
            .addAttribute(Integer.class, a -> a.name("touchCount").getter(Prospect::touchCount)
                    .setter((b, v) -> b.touchCount(v == null ? 0 : v)))
            .addAttribute(Integer.class, a -> a.name("firstResponseAfter").getter(Prospect::firstResponseAfter)
                    .setter(Prospect.Builder::firstResponseAfter))
            .addAttribute(Boolean.class, a -> a.name("salesReady").getter(Prospect::salesReady)
                    .setter((b, v) -> b.salesReady(v != null && v)))
            .addAttribute(Instant.class, a -> a.name("salesReadyAt").getter(Prospect::salesReadyAt).setter(Prospect.Builder::salesReadyAt))
            .addAttribute(Instant.class, a -> a.name("lastSignalAt").getter(Prospect::lastSignalAt).setter(Prospect.Builder::lastSignalAt))
            .addAttribute(LocalDate.class, a -> a.name("lastContactedOn").getter(Prospect::lastContactedOn)
                    .setter(Prospect.Builder::lastContactedOn))
            .addAttribute(Long.class, a -> a.name(CarouselTable.VERSION).getter(Prospect::version)
                    .setter((b, v) -> b.version(v == null ? 0 : v)))
            .build();

    /** Referred prospects (of any status) under their referrer; won ones nobody referred under {@code WON#}. */
    static String referralKey(Prospect p) {
        if (p.referredById() != null) return Keys.referred(p.referredById(), p.id());
        return p.status() == ProspectStatus.WON ? Keys.won(p.id()) : null;
    }

    static String searchText(Prospect p) {
        return Stream.of(p.name(), p.company(), p.email()).filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).reduce((a, b) -> a + "\n" + b).orElse(null);
    }
}
