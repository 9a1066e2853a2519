package org.lianggang;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items handed from one thread to another in batches, through a queue of a few batches, so that two steps of a
 * load (reading and mapping, mapping and Parquet encoding) run on two cores with bounded memory. The hand-off
 * starts one side on a thread of its own: {@link #reading} the producer (the caller iterates), {@link #writing} the
 * consumer (the caller {@link #put}s). Each side learns what became of the other: a producer's failure is thrown to
 * the consumer after the items before it; a consumer that fails or is closed stops the producer at its next batch
 * ({@link Stopped}); an interrupted wait throws an {@link UncheckedIOException} of an {@link InterruptedIOException}
 * and keeps the thread's interrupt. {@link #close} stops the thread early and waits for it.
 *
 * @param <T> the item type
 */
public final class HandOff<T> implements Iterator<T>, AutoCloseable {

    /** What the hand-off's thread runs to fill it: it hands on every item to {@code out}, then returns. */
    @FunctionalInterface
    public interface Producer<T> {
        void produce(Consumer<T> out) throws Exception;
    }

    /** What the hand-off's thread runs to empty it: it takes every item of {@code items}, to the end. */
    @FunctionalInterface
    public interface Drain<T> {
        void drain(Iterator<T> items) throws Exception;
    }

    /** Thrown to the producer once the consumer takes no more: it was closed, or failed (the cause). */
    public static final class Stopped extends RuntimeException {
        private Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final long WAIT_MILLIS = 50;

    private final String name;
    private final int batchSize;
    private final boolean threadProduces;
    private final BlockingQueue<ArrayList<T>> queue;
    private final ArrayList<T> end = new ArrayList<>(0);
    private Thread thread;
    /** The consumer takes no more: it was closed, or it failed ({@link #consumerFailure}). */
    private volatile boolean stopped;
    private volatile Throwable consumerFailure;
    /** Set before the end is queued, so the consumer sees it when it takes the end. */
    private volatile RuntimeException producerFailure;
    // the producer's side
    private ArrayList<T> filling;
    private boolean ended;
    // the consumer's side
    private ArrayList<T> taken = new ArrayList<>(0);
    private int next;

    private HandOff(String name, int batchSize, int batches, boolean threadProduces) {
        if (batchSize < 1 || batches < 1) {
            throw new IllegalArgumentException("batches of " + batchSize + ", " + batches + " queued");
        }
        this.name = name;
        this.batchSize = batchSize;
        this.threadProduces = threadProduces;
        this.queue = new ArrayBlockingQueue<>(batches);
        this.filling = new ArrayList<>(batchSize);
    }

    /**
     * Starts {@code producer} on a thread named {@code name}; the caller takes its items from this iterator and closes
     * it, also when it stops before the end. A failure of the producer is thrown by {@link #hasNext} once the items
     * before it were taken: a runtime exception as it is, an IOException as an {@link UncheckedIOException}.
     */
    public static <T> HandOff<T> reading(String name, int batchSize, int batches, Producer<T> producer) {
        HandOff<T> handOff = new HandOff<>(name, batchSize, batches, true);
        handOff.start(() -> handOff.produce(producer));
        return handOff;
    }

    /**
     * Starts {@code drain} on a thread named {@code name}; the caller {@link #put}s items, then {@link #finish}es, or
     * closes the hand-off to abandon what is not yet drained. A failure of the drain is thrown to the caller as
     * {@link Stopped} (its cause) by the next {@link #put} that hands on a batch, or by {@link #finish}.
     */
    public static <T> HandOff<T> writing(String name, int batchSize, int batches, Drain<T> drain) {
        HandOff<T> handOff = new HandOff<>(name, batchSize, batches, false);
        handOff.start(() -> handOff.drain(drain));
        return handOff;
    }

    private void start(Runnable body) {
        thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The producer's side: adds an item, and hands the batch on when it is full (waiting while the queue is). */
    public void put(T item) {
        filling.add(item);
        if (filling.size() == batchSize) {
            hand(filling);
            filling = new ArrayList<>(batchSize);
        }
    }

    /** The caller's end of a {@link #writing} hand-off: hands on the rest and waits until the drain has taken it all. */
    public void finish() {
        if (threadProduces) {
            throw new IllegalStateException(name + ": the hand-off's own thread produces");
        }
        try {
            end();
        } catch (Stopped e) {
            join(); // the drain failed and is ending; an interrupted wait, instead, leaves it to close()
            throw e;
        }
        join();
        if (consumerFailure != null) {
            throw stopped();
        }
    }

    @Override
    public boolean hasNext() {
        while (next >= taken.size()) {
            if (taken == end) {
                if (producerFailure != null) {
                    throw producerFailure;
                }
                return false;
            }
            taken = take();
            next = 0;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return taken.get(next++);
    }

    /**
     * Stops the hand-off's thread and waits for it. Of a {@link #reading} hand-off: the producer stops at its next
     * batch, and what it read ahead is dropped. Of a {@link #writing} one not finished: the drain is told at its next
     * item that the rest was abandoned (a {@link CancellationException}). Closing after the end changes nothing.
     */
    @Override
    public void close() {
        if (threadProduces) {
            stopped = true;
            queue.clear();
        } else if (!ended) {
            ended = true;
            producerFailure = new CancellationException(name + ": the rest was abandoned");
            queue.clear();
            queue.offer(end); // only the drain takes from the queue: cleared, it has room
        }
        join();
    }

    /** The body of a {@link #reading} hand-off's thread. */
    private void produce(Producer<T> producer) {
        try {
            producer.produce(this::put);
            end();
        } catch (Stopped e) {
            // the consumer was closed: nobody waits for the rest
        } catch (RuntimeException e) {
            endWith(e);
        } catch (IOException e) {
            endWith(new UncheckedIOException(e));
        } catch (Exception e) {
            endWith(new IllegalStateException(name + " failed: " + e.getMessage(), e));
        } catch (Error e) {
            endWith(new IllegalStateException(name + " failed: " + e, e));
        }
    }

    /** The body of a {@link #writing} hand-off's thread. */
    private void drain(Drain<T> drain) {
        try {
            drain.drain(this);
            if (taken != end) {
                consumerFailure = new IllegalStateException(name + " stopped before the end");
            }
        } catch (Throwable t) {
            // Kept for the producer, which reports it; it must never wait for a drain that is gone.
            consumerFailure = t;
        } finally {
            stopped = true;
            queue.clear();
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        if (!filling.isEmpty()) {
            hand(filling);
            filling = new ArrayList<>(0);
        }
        hand(end);
        ended = true;
    }

    /** Ends the items with a failure, on the producing thread, which ends after it: the consumer must still learn it. */
    private void endWith(RuntimeException failure) {
        if (stopped) {
            return;
        }
        Thread.interrupted(); // an interrupt that ended the producer must not keep the end from the consumer
        producerFailure = failure;
        try {
            end();
        } catch (Stopped e) {
            // closed meanwhile
        }
    }

    private void hand(ArrayList<T> batch) {
        if (stopped) {
            throw stopped();
        }
        try {
            while (!queue.offer(batch, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while handing on to " + name));
        }
    }

    private ArrayList<T> take() {
        if (stopped) {
            throw new IllegalStateException(name + " is closed");
        }
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while waiting for " + name));
        }
    }

    private Stopped stopped() {
        Throwable cause = consumerFailure;
        return cause == null ? new Stopped(name + " was closed", null)
                : new Stopped(name + " failed: " + cause.getMessage(), cause);
    }

    /** Waits for the hand-off's thread to end, also when interrupted meanwhile (the interrupt is kept). */
    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(WAIT_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
