package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void parse_keepsRepeatsInOrderAndDecodes() {
        assertEquals(Map.of("to", List.of("a@x.example", "b c"), "flag", List.of("")), QueryString.parse("to=a%40x.example&to=b+c&flag"));
    }

    @Test
    void commaJoined_whenRepeated_joinsAsHttpApiDoes() {
        assertEquals(Map.of("tier", "active,working"), QueryString.commaJoined("tier=active&tier=working"));
        assertNull(QueryString.commaJoined(""));
    }

    @Test
    void single_whenRepeated_refuses() {
        assertEquals(Map.of("code", "x"), QueryString.single("code=x"));
        assertThrows(IllegalArgumentException.class, () -> QueryString.single("code=x&code=y"));
    }
}
