package org.lianggang.ingest.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lianggang.ingest.read.row.ExportRow;

class ReadAheadRowsTest {

    @Test
    void everyRowArrivesInOrderAcrossBlocks() {
        int count = ReadAheadRows.BLOCK_ROWS * (ReadAheadRows.QUEUE_BLOCKS + 3) + 7;
        List<Long> numbers = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(rows(count, -1), "test")) {
            rows.forEachRemaining(row -> numbers.add(row.number()));
            assertThat(rows.hasNext()).isFalse();
        }
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
    }

    @Test
    void aReadErrorReachesTheScanAfterTheRowsBeforeIt() {
        int failAt = ReadAheadRows.BLOCK_ROWS * 3 + 5;
        List<Long> numbers = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(rows(failAt * 2, failAt), "test")) {
            assertThatThrownBy(() -> rows.forEachRemaining(row -> numbers.add(row.number())))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken at " + failAt);
        }
        assertThat(numbers).hasSize(failAt - 1);
    }

    @Test
    void closingEarlyStopsTheReader() {
        ReadAheadRows rows = new ReadAheadRows(rows(Integer.MAX_VALUE, -1), "test");
        assertThat(rows.next().number()).isOne();
        rows.close();
    }

    /** Rows numbered 1…count; row {@code failAt} throws as a broken file would. */
    private static Iterator<ExportRow> rows(int count, int failAt) {
        return new Iterator<>() {
            private long number;

            @Override
            public boolean hasNext() {
                return number < count;
            }

            @Override
            public ExportRow next() {
                if (++number == failAt) {
                    throw new UncheckedIOException(new IOException("broken at " + failAt));
                }
                return new ExportRow(number, List.of("450202", Long.toString(number)));
            }
        };
    }
}
