package com.salescarousel.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.error.Invalid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real-world files in, contacts out: what each file format reader makes of the fixtures under test resources. */
class ContactFilesTest {
    static String fixture(String name) {
        try (InputStream in = ContactFilesTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void excelGermanLocale_bomSemicolonsCrlf_quotedSemicolonsAndNewlines() {
        String text = fixture("excel-de-bom-semicolon.csv");
        assertTrue(text.startsWith("\uFEFF"), "the fixture starts with Excel's byte-order mark");
        ContactFile f = CsvContacts.read(text);
        // Six data records hold something; the three ';;;;' lines are skipped but keep their numbers.
        assertEquals(List.of(1, 2, 3, 4, 6), f.rows().stream().map(ContactRow::row).toList());
        ContactRow juergen = f.rows().get(0);
        assertEquals("Jürgen Müller", juergen.get(Columns.NAME), "the BOM is not part of the first header");
        assertEquals("juergen.mueller@example.de", juergen.get(Columns.EMAIL));
        assertEquals("Geschäftsführer", juergen.get(Columns.TITLE), "'Job title' is the title");
        assertEquals("Bayern; Maschinenbau", juergen.get(Columns.TAGS));
        assertEquals("Met at the fair; asked for\r\nthe catalogue in spring", juergen.get(Columns.NOTES));
        assertEquals("20.11.2026", juergen.get(Columns.LAST_CONTACTED));
        assertEquals("Schmidt; Partner", f.rows().get(1).get(Columns.COMPANY));
        assertEquals("She said \"call me in Q1\"", f.rows().get(1).get(Columns.NOTES));
        assertEquals(List.of(), f.ignoredColumns());
    }

    @Test
    void commaFile_quotedNewlines_emoji_rtl_firstAndLastName() {
        ContactFile f = CsvContacts.read(fixture("quoted-newlines-emoji-rtl.csv"));
        assertEquals(6, f.rows().size());
        ContactRow zoe = f.rows().get(0);
        assertEquals("Zoë", zoe.get(Columns.FIRST_NAME));
        assertEquals("Ng 🚀", zoe.get(Columns.LAST_NAME));
        assertEquals("Loves 🚀 launches.\nSecond line of the note.\nThird, with a comma.", zoe.get(Columns.NOTES));
        assertEquals("Ada Lovelace", zoe.get(Columns.REFERRED_BY));
        assertEquals("محمد", f.rows().get(1).get(Columns.FIRST_NAME));
        assertEquals("חברת אור", f.rows().get(2).get(Columns.COMPANY));
        assertEquals("סמנכ\"לית", f.rows().get(2).get(Columns.TITLE), "a quote inside an unquoted field is kept");
        assertEquals(2, f.rows().get(1).row(), "a quoted newline does not start a row");
    }

    @Test
    void delimiter_isReadOffTheHeader_outsideQuotes() {
        assertEquals(';', CsvContacts.delimiter("Name;Company;\"a,b\"\nx,y,z,w"));
        assertEquals(',', CsvContacts.delimiter("name,\"Company; Ltd\",email"));
        assertEquals('\t', CsvContacts.delimiter("name\tcompany\temail"));
        assertEquals(',', CsvContacts.delimiter("name"));
    }

    @Test
    void header_needsAName_andRefusesTwoColumnsForOneField() {
        Invalid noName = assertThrows(Invalid.class, () -> CsvContacts.read("company,email\nAcme,a@b.example\n"));
        assertEquals("header", noName.fields().get(0).name());
        Invalid twice = assertThrows(Invalid.class, () -> CsvContacts.read("Name,E-mail,Email Address\nA,a@b.example,c@d.example\n"));
        assertTrue(twice.fields().get(0).reason().contains("both mean email"), twice.fields().toString());
    }

    @Test
    void unknownColumns_areIgnoredAndListed() {
        ContactFile f = CsvContacts.read("Name,Shoe size,Email\nAda,38,ada@example.com\n");
        assertEquals(List.of("Shoe size"), f.ignoredColumns());
        assertEquals(Map.of(Columns.NAME, "Ada", Columns.EMAIL, "ada@example.com"), f.rows().get(0).fields());
    }

    @Test
    void brokenQuoting_isNamedAsTheBody() {
        Invalid e = assertThrows(Invalid.class, () -> CsvContacts.read("Name,Notes\nAda,\"never closed\n"));
        assertEquals("body", e.fields().get(0).name());
    }

    @Test
    void moreThanFiveThousandContacts_isRefusedWhole() {
        StringBuilder csv = new StringBuilder("Name\n");
        for (int i = 0; i <= ContactFile.MAX_ROWS; i++) csv.append("P").append(i).append('\n');
        assertThrows(ContactFile.TooManyRows.class, () -> CsvContacts.read(csv.toString()));
        csv.setLength(csv.lastIndexOf("P"));
        assertEquals(ContactFile.MAX_ROWS, CsvContacts.read(csv.toString()).rows().size());
    }

    @Test
    void iphoneExport_vcard30() {
        ContactFile f = VcardContacts.read(fixture("iphone-contacts.vcf"));
        assertEquals(3, f.rows().size());
        ContactRow grace = f.rows().get(0);
        assertEquals("Grace Hopper", grace.get(Columns.NAME));
        assertEquals("US Navy", grace.get(Columns.COMPANY));
        assertEquals("grace@navy.example", grace.get(Columns.EMAIL), "type=pref wins");
        assertEquals("+1 (555) 010\u20110001", grace.get(Columns.PHONE), "as the phone wrote it; the import makes the dash plain");
        assertEquals("Rear Admiral", grace.get(Columns.TITLE));
        assertEquals("Invented the first compiler.\nAsk about COBOL.", grace.get(Columns.NOTES));
        assertEquals("Navy,Compilers", grace.get(Columns.TAGS));
        assertNull(f.rows().get(2).get(Columns.EMAIL));
        assertEquals("Plumber", f.rows().get(2).get(Columns.NAME));
    }

    @Test
    void androidExport_vcard21_quotedPrintableUtf8() {
        ContactFile f = VcardContacts.read(fixture("android-contacts.vcf"));
        assertEquals(List.of("José Müller", "Chidi Okafor", "李小龙"), f.rows().stream().map(r -> r.get(Columns.NAME)).toList());
        assertEquals("Müller Bäckerei", f.rows().get(0).get(Columns.COMPANY));
        assertEquals("c.okafor@work.example", f.rows().get(1).get(Columns.EMAIL), "PREF wins over the first");
        assertEquals("+234 803 123 4567", f.rows().get(1).get(Columns.PHONE));
        assertEquals("Met at the Lagos meetup.\r\nFollow up in January.", f.rows().get(1).get(Columns.NOTES));
    }

    @Test
    void vcard40_telUri_andPref() {
        String v4 = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Linus Example\r\nN:Example;Linus;;;\r\n"
                + "TEL;VALUE=uri;TYPE=\"voice,home\":tel:+1-555-010-0009\r\nTEL;VALUE=uri;PREF=1;TYPE=cell:tel:+1-555-010-0010\r\n"
                + "EMAIL;PREF=2:second@example.com\r\nEMAIL;PREF=1:first@example.com\r\nEND:VCARD\r\n";
        ContactRow r = VcardContacts.read(v4).rows().get(0);
        assertEquals("+1-555-010-0010", r.get(Columns.PHONE));
        assertEquals("first@example.com", r.get(Columns.EMAIL));
    }

    @Test
    void notAVcard_isNamedAsTheBody() {
        assertEquals("body", assertThrows(Invalid.class, () -> VcardContacts.read("hello")).fields().get(0).name());
    }

    @Test
    void lastContacted_readsSpreadsheetDates_andRefusesAmbiguousOnes() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 11, 20), LastContacted.parse("2026-11-20", today));
        assertEquals(LocalDate.of(2026, 11, 20), LastContacted.parse("2026-11-20T16:45:00Z", today));
        assertEquals(LocalDate.of(2026, 11, 20), LastContacted.parse("20.11.2026", today));
        assertEquals(LocalDate.of(2026, 11, 20), LastContacted.parse("20/11/2026 09:15", today));
        assertEquals(LocalDate.of(2026, 11, 20), LastContacted.parse("11/20/2026", today));
        assertEquals(LocalDate.of(2026, 3, 3), LastContacted.parse("3/3/2026", today));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LastContacted.parse("3/4/2026", today)).getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LastContacted.parse("31.02.2026", today)).getMessage().contains("not a day"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LastContacted.parse("2026-12-01", today)).getMessage().contains("future"));
        assertThrows(IllegalArgumentException.class, () -> LastContacted.parse("yesterday", today));
    }
}
