package org.lianggang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HandOffTest {

    private static final int BATCH = 16;
    private static final int BATCHES = 3;

    @Test
    void everyItemArrivesInOrderAndThenTheEnd() {
        int count = BATCH * (BATCHES + 4) + 5;
        List<Integer> taken = new ArrayList<>();
        try (HandOff<Integer> items = HandOff.reading("test", BATCH, BATCHES, out -> count(count, out::accept))) {
            items.forEachRemaining(taken::add);
            assertThat(items.hasNext()).isFalse();
        }
        assertThat(taken).containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
    }

    @Test
    void aProducerFailureReachesTheConsumerAfterTheItemsBeforeItAndStays() {
        int failAt = BATCH * 2 + 3;
        List<Integer> taken = new ArrayList<>();
        try (HandOff<Integer> items = HandOff.reading("test", BATCH, BATCHES, out -> {
            count(failAt, out::accept);
            throw new IOException("broken at " + failAt);
        })) {
            assertThatThrownBy(() -> items.forEachRemaining(taken::add))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken at " + failAt);
            assertThatThrownBy(items::hasNext).hasMessageContaining("broken at " + failAt);
        }
        assertThat(taken).hasSize(failAt);
    }

    @Test
    void anErrorOfTheProducerReachesTheConsumer() {
        try (HandOff<Integer> items = HandOff.reading("test", BATCH, BATCHES, out -> {
            throw new StackOverflowError("deep");
        })) {
            assertThatThrownBy(items::hasNext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("deep").hasCauseInstanceOf(StackOverflowError.class);
        }
    }

    @Test
    void closingBeforeTheEndStopsTheProducer() {
        AtomicReference<Thread> producer = new AtomicReference<>();
        AtomicReference<Throwable> stoppedWith = new AtomicReference<>();
        HandOff<Integer> items = HandOff.reading("test", BATCH, BATCHES, out -> {
            producer.set(Thread.currentThread());
            try {
                count(Integer.MAX_VALUE, out::accept);
            } catch (HandOff.Stopped e) {
                stoppedWith.set(e);
                throw e;
            }
        });
        assertThat(items.next()).isZero();
        items.close();
        assertThat(producer.get().isAlive()).isFalse();
        assertThat(stoppedWith.get()).isInstanceOf(HandOff.Stopped.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> items.forEachRemaining(i -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test is closed");
    }

    @Test
    void aConsumerInterruptedWhileWaitingStopsWaitingAndKeepsTheInterrupt() {
        CountDownLatch never = new CountDownLatch(1);
        try (HandOff<Integer> items = HandOff.reading("slow", BATCH, BATCHES, out -> never.await())) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(items::hasNext).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(InterruptedIOException.class).hasMessageContaining("slow");
            assertThat(Thread.interrupted()).isTrue();
            never.countDown();
        }
    }

    @Test
    void aProducerInterruptedWhileWaitingEndsTheItemsWithTheInterrupt() {
        try (HandOff<Integer> items = HandOff.reading("test", 1, 1, out -> {
            out.accept(0); // queued
            Thread.currentThread().interrupt();
            out.accept(1); // interrupted while it waits for room: handed on with the end
            out.accept(2); // never produced
        })) {
            assertThat(items.next()).isZero();
            assertThat(items.next()).isOne();
            assertThatThrownBy(items::next).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(InterruptedIOException.class);
        }
    }

    @Test
    void aDrainTakesEveryItemBeforeFinishReturns() {
        List<Integer> drained = new ArrayList<>();
        HandOff<Integer> items = HandOff.writing("test", BATCH, BATCHES, in -> in.forEachRemaining(drained::add));
        count(BATCH * (BATCHES + 4) + 5, items::put);
        items.finish();
        assertThat(drained).containsExactlyElementsOf(IntStream.range(0, BATCH * (BATCHES + 4) + 5).boxed().toList());
        items.close();
    }

    @Test
    void aDrainFailureStopsTheProducerWithItsCause() {
        HandOff<Integer> items = HandOff.writing("test", BATCH, BATCHES, in -> {
            for (int i = 0; i < BATCH; i++) {
                in.next();
            }
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> count(Integer.MAX_VALUE, items::put)).isInstanceOf(HandOff.Stopped.class)
                .hasMessageContaining("disk full").hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(items::finish).isInstanceOf(HandOff.Stopped.class).hasMessageContaining("disk full");
        items.close();
    }

    @Test
    void aDrainThatStopsBeforeTheEndFailsTheFinish() {
        HandOff<Integer> items = HandOff.writing("test", BATCH, BATCHES, in -> in.next());
        count(3, items::put);
        assertThatThrownBy(items::finish).isInstanceOf(HandOff.Stopped.class)
                .hasMessageContaining("stopped before the end");
    }

    @Test
    void closingBeforeTheFinishAbandonsTheRest() {
        AtomicReference<Throwable> told = new AtomicReference<>();
        AtomicBoolean drained = new AtomicBoolean();
        HandOff<Integer> items = HandOff.writing("test", BATCH, BATCHES, in -> {
            try {
                in.forEachRemaining(i -> { });
                drained.set(true);
            } catch (CancellationException e) {
                told.set(e);
                throw e;
            }
        });
        count(BATCH * 2 + 1, items::put);
        items.close();
        assertThat(drained).isFalse();
        assertThat(told.get()).isInstanceOf(CancellationException.class).hasMessageContaining("abandoned");
    }

    @Test
    void aProducerInterruptedWhileWaitingForTheDrainStopsWaitingAndKeepsTheInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        HandOff<Integer> items = HandOff.writing("slow", 1, 1, in -> {
            release.await();
            in.forEachRemaining(i -> { });
        });
        items.put(0); // queued
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> items.put(1)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(InterruptedIOException.class).hasMessageContaining("slow");
        assertThat(Thread.interrupted()).isTrue();
        release.countDown();
        items.close();
    }

    /** Hands 0, 1, … count - 1 to {@code out}. */
    private static void count(int count, IntConsumer out) {
        for (int i = 0; i < count; i++) {
            out.accept(i);
        }
    }
}
