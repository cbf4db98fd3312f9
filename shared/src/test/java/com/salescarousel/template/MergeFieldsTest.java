package com.salescarousel.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {
    private static final Template T = new Template("acme", "t1", "Competitor news",
            "{{prospect.firstName}}, about {{ prospect.company }}",
            "Hi {{prospect.firstName}},\n{{relevantInfo}}\n— {{rep.name}}",
            "<p>Hi {{prospect.firstName}},</p><p>{{relevantInfo}}</p>", 1);

    @Test
    void render_fillsEveryKnownField() {
        var r = MergeFields.render(T, new MergeFields.Values("Grace Hopper", "US Navy", "Ada", "COBOL turns 67 this year."));
        assertEquals("Grace, about US Navy", r.subject());
        assertEquals("Hi Grace,\nCOBOL turns 67 this year.\n— Ada", r.text());
        assertEquals("<p>Hi Grace,</p><p>COBOL turns 67 this year.</p>", r.html());
    }

    @Test
    void render_escapesValuesInHtml_butNotInText() {
        var r = MergeFields.render(T, new MergeFields.Values("<script>alert(1)</script>", "A&B", "Ada", "<img src=x onerror=alert(1)>"));
        assertTrue(r.html().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(r.html().contains("<script>") || r.html().contains("<img"));
        assertTrue(r.text().contains("<img src=x onerror=alert(1)>"), "plain text is shown as text by mail clients");
    }

    @Test
    void render_stripsLineBreaksFromTheSubject_noHeaderInjection() {
        var r = MergeFields.render(T, new MergeFields.Values("Eve\r\nBcc: victim@example.com", "Evil\nCorp", "Ada", "x"));
        assertFalse(r.subject().contains("\r") || r.subject().contains("\n"));
        assertEquals("Eve, about Evil Corp", r.subject());
    }

    @Test
    void needsRelevantInfo_whenAnyPartUsesTheSlot() {
        assertTrue(T.needsRelevantInfo());
        assertFalse(new Template("a", "b", "c", "Hello", "Hello {{prospect.name}}", null, 1).needsRelevantInfo());
    }

    @Test
    void unknownIn_listsFieldsThatWouldRenderEmpty() {
        assertEquals(Set.of("prospect.nmae", "deal.size"), MergeFields.unknownIn("{{prospect.nmae}} {{deal.size}} {{rep.name}}"));
    }
}
