package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InListsTest {

    @ParameterizedTest(name = "{0} ids are padded to {1}")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 4", "5, 8", "33, 64", "50, 64", "64, 64", "65, 128", "256, 256",
            "257, 500", "499, 500", "500, 500"})
    void aListIsPaddedToTheNextFixedLengthWithItsLastId(int count, int length) {
        List<String> ids = ids(count);

        List<String> padded = InLists.padded(ids);

        assertEquals(length, padded.size());
        assertEquals(ids, padded.subList(0, count), "the ids asked for come first, in order");
        assertEquals(List.of(ids.get(count - 1)), padded.subList(count - 1, length).stream().distinct().toList());
    }

    @ParameterizedTest(name = "{0} ids cannot be padded")
    @ValueSource(ints = {0, 501})
    void noIdsOrTooManyAreRefused(int count) {
        assertThrows(IllegalArgumentException.class, () -> InLists.padded(ids(count)));
    }

    @ParameterizedTest(name = "{0} ids make lists of {1}")
    @CsvSource({"0, ''", "1, 1", "500, 500", "501, 500 1", "1200, 500 500 200"})
    void idsAreSplitIntoListsOfAtMostTheLimit(int count, String sizes) {
        List<Integer> lengths = InLists.of(ids(count)).stream().map(List::size).toList();

        assertEquals(sizes, String.join(" ", lengths.stream().map(String::valueOf).toList()));
    }

    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "c-" + i).toList();
    }
}
