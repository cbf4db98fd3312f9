package com.salescarousel.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailAddressTest {
    @Test
    void anAsciiName_isQuoted_withQuotesAndBackslashesEscaped() {
        assertEquals("\"Ada Lovelace\" <carousel@example.com>", MailAddress.named("Ada Lovelace", "carousel@example.com"));
        assertEquals("\"Ada \\\"The Countess\\\" L\\\\\" <c@example.com>", MailAddress.named("Ada \"The Countess\" L\\", "c@example.com"));
    }

    @Test
    void aConfiguredSenderName_givesWayToTheReps() {
        assertEquals("\"Ada\" <carousel@localhost>", MailAddress.named("Ada", "Sales Carousel <carousel@localhost>"));
    }

    @Test
    void noName_isTheAddressAlone() {
        assertEquals("c@example.com", MailAddress.named(null, "c@example.com"));
        assertEquals("c@example.com", MailAddress.named(" \n ", "c@example.com"));
    }

    @Test
    void lineBreaks_cannotStartAnotherHeader() {
        String from = MailAddress.named("Ada\r\nBcc: victim@example.com", "c@example.com");
        assertEquals("\"Ada Bcc: victim@example.com\" <c@example.com>", from);
    }

    @Test
    void aNonAsciiName_isEncodedWordsOfAtMost75Characters_thatDecodeToTheName() {
        String name = "Zoë Ångström-Ødegård 山田太郎 ".repeat(3).strip();
        String from = MailAddress.named(name, "c@example.com");
        assertTrue(from.endsWith(" <c@example.com>"), from);
        StringBuilder decoded = new StringBuilder();
        var word = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=").matcher(from);
        int words = 0;
        while (word.find()) {
            words++;
            assertTrue(word.group().length() <= 75, word.group());
            decoded.append(new String(Base64.getDecoder().decode(word.group(1)), StandardCharsets.UTF_8));
        }
        assertTrue(words > 1, from);
        assertEquals(name, decoded.toString());
    }
}
