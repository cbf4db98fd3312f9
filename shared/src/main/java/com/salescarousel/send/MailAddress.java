package com.salescarousel.send;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An address with a display name, as a From header takes it (RFC 5322): {@code "Ada Lovelace"
 * <carousel@example.com>}. A name outside printable ASCII becomes RFC 2047 encoded words, which SES
 * requires; line breaks and other control characters are dropped, so a name cannot add a header.
 */
public final class MailAddress {
    /** Bytes of UTF-8 per encoded word: 45 bytes are 60 base64 characters, under the 75 a word may have. */
    private static final int WORD_BYTES = 45;

    private MailAddress() {}

    /** {@code address} may be configured with a name of its own ({@code Sales Carousel <c@example.com>}): that name is replaced. */
    public static String named(String name, String address) {
        int lt = address.lastIndexOf('<'), gt = address.lastIndexOf('>');
        if (lt >= 0 && gt > lt) address = address.substring(lt + 1, gt).strip();
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) return address;
        boolean ascii = clean.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        String shown = ascii ? "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encodedWords(clean);
        return shown + " <" + address + ">";
    }

    /** {@code =?UTF-8?B?...?=} words, split between characters, never inside one. */
    static String encodedWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > WORD_BYTES) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        if (!chunk.isEmpty()) words.add(word(chunk.toString()));
        return String.join(" ", words);
    }

    private static String word(String s) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
