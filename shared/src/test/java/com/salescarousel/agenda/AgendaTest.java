package com.salescarousel.agenda;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Prospect due(String name, String tier, LocalDate on) {
        return fresh(name, tier, on.minusDays(30)).nextDueOn(on).build();
    }

    @Test
    void of_listsOverdueOldestFirst_thenTodayByTierThenSalesReadyThenName() {
        List<Prospect> ps = List.of(
                due("Zed", "active", TODAY),
                due("Bea", "nurture", TODAY),
                fresh("Cy", "nurture", TODAY.minusDays(30)).nextDueOn(TODAY).salesReady(true).build(),
                due("amy", "active", TODAY),
                due("Old", "nurture", TODAY.minusDays(10)),
                due("Older", "active", TODAY.minusDays(20)),
                due("Tomorrow", "active", TODAY.plusDays(1)));
        Agenda a = Agenda.of(TODAY, ps, Tiers.defaults());
        assertEquals(List.of("Older", "Old"), a.overdue().stream().map(AgendaEntry::name).toList());
        assertEquals(List.of(20L, 10L), a.overdue().stream().map(AgendaEntry::daysOverdue).toList());
        assertEquals(List.of("amy", "Zed", "Cy", "Bea"), a.due().stream().map(AgendaEntry::name).toList());
    }

    @Test
    void of_sameOverdueDay_breaksTiesByTierPriority() {
        LocalDate d = TODAY.minusDays(3);
        Agenda a = Agenda.of(TODAY, List.of(due("A-nurture", "nurture", d), due("B-active", "active", d)), Tiers.defaults());
        assertEquals(List.of("B-active", "A-nurture"), a.overdue().stream().map(AgendaEntry::name).toList());
    }

    @Test
    void of_skipsProspectsOffTheCarousel() {
        Prospect paused = Carousel.withStatus(due("Paused", "active", TODAY), ProspectStatus.PAUSED,
                Tiers.defaults().find("active").orElseThrow(), true, TODAY);
        Agenda a = Agenda.of(TODAY, List.of(paused, due("On", "active", TODAY)), Tiers.defaults());
        assertEquals(List.of("On"), a.due().stream().map(AgendaEntry::name).toList());
    }

    @Test
    void of_customTierOrder_decidesPriority() {
        Tiers custom = new Tiers(List.of(Tiers.defaults().find("nurture").orElseThrow(), Tiers.defaults().find("active").orElseThrow()));
        Agenda a = Agenda.of(TODAY, List.of(due("Act", "active", TODAY), due("Nur", "nurture", TODAY)), custom);
        assertEquals(List.of("Nur", "Act"), a.due().stream().map(AgendaEntry::name).toList());
    }
}
