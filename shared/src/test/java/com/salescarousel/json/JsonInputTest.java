package com.salescarousel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.problem.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonInputTest {
    private static List<String> fields(Invalid p) {
        return p.fields().stream().map(FieldError::name).toList();
    }

    @Test
    void done_reportsEveryBadFieldByName() {
        JsonInput in = JsonInput.of("{\"name\":5,\"email\":\"nope\",\"extra\":true,\"tags\":[\"a\",3]}", Set.of("name", "email", "tags"));
        in.line("name", 10);
        in.email("email");
        in.strings("tags", 5, 10);
        Invalid p = assertThrows(Invalid.class, in::done);
        assertEquals(400, Problems.of(p).status());
        assertEquals(Set.of("extra", "name", "email", "tags[1]"), Set.copyOf(fields(p)));
    }

    @Test
    void object_whenMalformed_namesTheBody() {
        Invalid p = assertThrows(Invalid.class, () -> Json.object("{\"name\":"));
        assertEquals(List.of("body"), fields(p));
        assertEquals(List.of("body"), fields(assertThrows(Invalid.class, () -> Json.object("[1,2]"))));
        assertEquals(List.of("body"), fields(assertThrows(Invalid.class, () -> Json.object(""))));
    }

    @Test
    void integer_rejectsFractionsAndRange() {
        JsonInput in = JsonInput.of("{\"a\":7.5,\"b\":24,\"c\":\"7\",\"d\":7}", Set.of("a", "b", "c", "d"));
        in.integer("a", 0, 23);
        in.integer("b", 0, 23);
        in.integer("c", 0, 23);
        assertEquals(7, in.integer("d", 0, 23));
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(fields(assertThrows(Invalid.class, in::done))));
    }

    @Test
    void integer_hugeNumbersAreOutOfRange_notTheirLow64Bits() {
        // 2^64 + 7 and 2^64 * 2^64 + 7: as a long (low 64 bits) both would read as 7
        JsonInput in = JsonInput.of("{\"a\":18446744073709551623,\"b\":340282366920938463463374607431768211463,\"c\":-9223372036854775809}",
                Set.of("a", "b", "c"));
        assertNull(in.integer("a", 0, 23));
        assertNull(in.integer("b", 0, 23));
        assertNull(in.integer("c", 0, 23));
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(fields(assertThrows(Invalid.class, in::done))));
    }

    @Test
    void strings_refuseLineBreaksAndControlCharactersInAnEntry() {
        JsonInput in = JsonInput.of("{\"a\":[\"ok\",\"two\\nlines\"],\"b\":[\"bell\\u0007\"],\"c\":[\" fine \"]}", Set.of("a", "b", "c"));
        in.strings("a", 20, 40);
        in.strings("b", 20, 40);
        assertEquals(List.of("fine"), in.strings("c", 20, 40));
        assertEquals(Set.of("a[1]", "b[0]"), Set.copyOf(fields(assertThrows(Invalid.class, in::done))));
    }

    @Test
    void line_refusesLineBreaksAndControlCharacters() {
        JsonInput in = JsonInput.of("{\"a\":\"x\\ny\",\"b\":\"x\\u0007\",\"c\":\"  fine  \"}", Set.of("a", "b", "c"));
        in.line("a", 50);
        in.line("b", 50);
        assertEquals("fine", in.line("c", 50));
        assertEquals(Set.of("a", "b"), Set.copyOf(fields(assertThrows(Invalid.class, in::done))));
    }
}
