import com.salescarousel.cadence.Holidays;
import com.salescarousel.calendar.Ics;
import com.salescarousel.exports.ProspectVcard;
import com.salescarousel.imports.CsvContacts;
import com.salescarousel.imports.VcardContacts;
import com.salescarousel.prospect.Prospect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What issue 11's libraries cost the first time a fresh JVM uses them, run with only a function's
 * shrunk Lambda jar on the class path (so it also proves ProGuard kept what they load by name):
 * Commons CSV, ez-vcard both ways, the hand-written iCalendar writer, and Jollyday (JAXB reads a
 * country's rules). Prints one line of key=value pairs. Built and run by bench/data-in-out.sh.
 */
public final class FirstUse {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int rows = CsvContacts.read("\uFEFFName;Email\r\nAda;ada@example.com\r\n\"Grace; H\";grace@navy.example\r\n").rows().size();
        long t1 = System.nanoTime();
        int cards = VcardContacts.read("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n").rows().size();
        long t2 = System.nanoTime();
        String card = ProspectVcard.of(Prospect.builder().repId("r").id("01JFIRSTUSE0000000000000000").name("Ada Lovelace").tier("active")
                .createdOn(LocalDate.of(2026, 11, 30)).version(1).build());
        long t3 = System.nanoTime();
        String ics = Ics.calendar("Feed", List.of(new Ics.Event("u@x", LocalDate.of(2026, 11, 30), "Touch: Ada", "Why: cadence", "https://x/#/p")),
                Instant.parse("2026-11-30T09:00:00Z"));
        long t4 = System.nanoTime();
        boolean christmas = Holidays.of("DE").test(LocalDate.of(2026, 12, 25));
        long t5 = System.nanoTime();
        boolean july4 = Holidays.of("US").test(LocalDate.of(2026, 7, 3));
        long t6 = System.nanoTime();
        if (rows != 2 || cards != 1 || !card.contains("FN:Ada Lovelace") || !ics.contains("BEGIN:VEVENT") || !christmas || !july4) {
            throw new IllegalStateException("wrong answers: " + rows + " " + cards + " " + christmas + " " + july4);
        }
        System.out.printf("csv_ms=%.1f vcard_read_ms=%.1f vcard_write_ms=%.1f ics_ms=%.1f holidays_first_country_ms=%.1f holidays_second_country_ms=%.1f%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
