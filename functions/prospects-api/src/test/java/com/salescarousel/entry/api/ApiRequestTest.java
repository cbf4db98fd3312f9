package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.Invalid;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
    @Test
    void segmentsAfterApi_ignoresAStagePrefix() {
        assertEquals(List.of("prospects", "X", "touches"), ApiRequest.segmentsAfterApi("/prod/api/prospects/X/touches"));
        assertEquals(List.of("agenda"), ApiRequest.segmentsAfterApi("/api/agenda/"));
        assertEquals(List.of(), ApiRequest.segmentsAfterApi("/api"));
    }

    @Test
    void version_acceptsPlainQuotedAndWeakEtags() {
        assertEquals(3, ApiRequest.version("3"));
        assertEquals(3, ApiRequest.version("\"3\""));
        assertEquals(3, ApiRequest.version("W/\"3\""));
        Invalid p = assertThrows(Invalid.class, () -> ApiRequest.version("abc"));
        assertEquals("If-Match", p.fields().get(0).name());
    }

    @Test
    void cursor_roundTripsAndRejectsForgeries() {
        String id = "01M86N96NHN6H247XZ1GSYCD0Q";
        assertEquals(id, ApiRequest.decodeCursor(ApiRequest.encodeCursor(id)));
        Invalid p = assertThrows(Invalid.class, () -> ApiRequest.decodeCursor("UFJPU1BFQ1QjYWJj"));
        assertEquals("cursor", p.fields().get(0).name());
    }
}
