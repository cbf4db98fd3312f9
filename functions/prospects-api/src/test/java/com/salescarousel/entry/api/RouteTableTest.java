package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final Route.Action NOTHING = (req, caller) -> null;

    private final RouteTable table = new RouteTable(List.of(
            Route.get("/api/things", NOTHING),
            Route.post("/api/things", NOTHING),
            Route.get("/api/things/{id}", NOTHING),
            Route.delete("/api/things/{id}", NOTHING),
            Route.get("/api/things/new", NOTHING),
            Route.get("/api/things/{id}/parts/{partId}", NOTHING),
            Route.get("/api/links/{token}", NOTHING).open(),
            Route.post("/api/links/{token}", NOTHING).open()));

    private RouteTable.Found found(String method, String... segments) {
        return assertInstanceOf(RouteTable.Found.class, table.find(method, List.of(segments)));
    }

    @Test
    void find_fillsEachPathParameterByName() {
        var f = found("GET", "things", "01ABC", "parts", "7");
        assertEquals("/api/things/{id}/parts/{partId}", f.route().path());
        assertEquals(Map.of("id", "01ABC", "partId", "7"), f.params());
    }

    @Test
    void find_picksTheRouteOfTheRequestsMethod() {
        assertEquals("POST", found("POST", "things").route().method());
        assertEquals("DELETE", found("DELETE", "things", "X").route().method());
    }

    @Test
    void find_aLiteralSegmentBeatsAParameter() {
        var f = found("GET", "things", "new");
        assertEquals("/api/things/new", f.route().path());
        assertEquals(Map.of(), f.params());
        assertEquals("/api/things/{id}", found("GET", "things", "newer").route().path());
    }

    @Test
    void find_aPathNoRouteHas_isNoSuchPath() {
        assertInstanceOf(RouteTable.NoSuchPath.class, table.find("GET", List.of("nothing")));
        assertInstanceOf(RouteTable.NoSuchPath.class, table.find("GET", List.of()));
        assertInstanceOf(RouteTable.NoSuchPath.class, table.find("GET", List.of("things", "X", "parts")));
        assertInstanceOf(RouteTable.NoSuchPath.class, table.find("GET", List.of("things", "X", "bits", "7")));
    }

    @Test
    void find_aKnownPathWithAnotherMethod_isWrongMethodListingTheAllowedOnes() {
        var w = assertInstanceOf(RouteTable.WrongMethod.class, table.find("PATCH", List.of("things", "X")));
        assertEquals(List.of("GET", "DELETE"), w.allowed());
        assertFalse(w.open());
        // The literal path is its own resource: DELETE there does not fall back to /api/things/{id}.
        var literal = assertInstanceOf(RouteTable.WrongMethod.class, table.find("DELETE", List.of("things", "new")));
        assertEquals(List.of("GET"), literal.allowed());
    }

    @Test
    void find_wrongMethodOnAnOpenPath_saysSoThatNoTokenIsAsked() {
        var w = assertInstanceOf(RouteTable.WrongMethod.class, table.find("PUT", List.of("links", "abc")));
        assertEquals(List.of("GET", "POST"), w.allowed());
        assertTrue(w.open());
        assertTrue(found("POST", "links", "abc").route().isOpen());
    }

    @Test
    void aRouteListedTwice_orOutsideApi_isRefusedWhenTheTableIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                Route.get("/api/things", NOTHING), Route.get("/api/things", NOTHING))));
        assertThrows(IllegalArgumentException.class, () -> Route.get("/things", NOTHING));
    }
}
