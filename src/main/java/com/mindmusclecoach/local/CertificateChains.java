package com.mindmusclecoach.local;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Certificate chains by (normalized) URL: fetched once, validated once, kept while they are good. Issue 12's
 * probe showed what an unbounded, request-thread cache costs, so every part of this is bounded:
 * <ul>
 * <li>at most {@value #MAX_CHAINS} chains, least recently used dropped first: Alexa signs with one chain at a time
 * (two around a rotation), and any number of distinct URLs cannot grow the heap;</li>
 * <li>a fetch runs on a small dedicated pool ({@value #MAX_FETCHES_AT_ONCE} threads), one fetch per URL at a time;
 * requests for a URL being fetched share that fetch, and no more than {@value #MAX_FETCHES_AT_ONCE} URLs are fetched
 * at once (a request for another unknown URL meanwhile is refused without a fetch);</li>
 * <li>a fetch is given {@link #FETCH_TIMEOUT} in all, after which its thread is interrupted; a request waits at most
 * {@link #WAIT} for it, so a slow certificate host cannot hold a request past Alexa's 8 s;</li>
 * <li>a failed fetch (unreachable, timed out, unreadable, or a chain that fails {@link ChainValidator#check}) is
 * remembered for {@link #FAILURE_MEMORY}, at most {@value #MAX_FAILURES} of them, so a bad URL costs one fetch a
 * minute however many requests name it.</li>
 * </ul>
 * A chain leaves the cache only when it is itself bad (a certificate expired) or is the least recently used: a
 * request with a bad signature says nothing about the chain and never evicts it.
 */
final class CertificateChains {

    static final int MAX_CHAINS = 16;
    static final int MAX_FAILURES = 256;
    static final int MAX_FETCHES_AT_ONCE = 4;
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);
    static final Duration WAIT = Duration.ofSeconds(2);
    static final Duration FAILURE_MEMORY = Duration.ofSeconds(60);

    /** One timer for every instance: it only completes futures and interrupts fetch threads. */
    private static final ScheduledExecutorService ALARMS = alarms();

    /** A chain, or why there is none for this request. */
    record Lookup(List<X509Certificate> chain, String problem) {
        static Lookup found(List<X509Certificate> chain) {
            return new Lookup(chain, null);
        }

        static Lookup missing(String problem) {
            return new Lookup(null, problem);
        }
    }

    private record Failure(Instant until, String reason) {
    }

    private final Function<URI, List<X509Certificate>> fetcher;
    private final ChainValidator validator;
    private final Clock clock;
    private final ThreadPoolExecutor fetchers;
    private final Duration fetchTimeout;
    private final Duration wait;
    // All three maps are guarded by this object's lock, held only for map operations, never while fetching or waiting.
    private final Map<URI, List<X509Certificate>> chains = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, List<X509Certificate>> eldest) {
            return size() > MAX_CHAINS;
        }
    };
    private final Map<URI, Failure> failures = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Failure> eldest) {
            return size() > MAX_FAILURES;
        }
    };
    private final Map<URI, CompletableFuture<List<X509Certificate>>> inFlight = new HashMap<>();

    CertificateChains(Function<URI, List<X509Certificate>> fetcher, ChainValidator validator, Clock clock) {
        this(fetcher, validator, clock, FETCH_TIMEOUT, WAIT);
    }

    /** With other time limits: for tests that hold a fetch open on a machine too busy to promise 2 s. */
    CertificateChains(Function<URI, List<X509Certificate>> fetcher, ChainValidator validator, Clock clock,
                      Duration fetchTimeout, Duration wait) {
        this.fetchTimeout = fetchTimeout;
        this.wait = wait;
        this.fetcher = fetcher;
        this.validator = validator;
        this.clock = clock;
        this.fetchers = new ThreadPoolExecutor(MAX_FETCHES_AT_ONCE, MAX_FETCHES_AT_ONCE, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("alexa-certificate-fetch"));
        fetchers.allowCoreThreadTimeOut(true);
    }

    /** The chain at {@code url} (already normalized by {@link CertificateUrl}), waiting at most {@link #WAIT}. */
    Lookup chain(URI url) {
        CompletableFuture<List<X509Certificate>> pending;
        synchronized (this) {
            List<X509Certificate> cached = chains.get(url);
            if (cached != null) {
                if (validator.stillValid(cached)) {
                    return Lookup.found(cached);
                }
                chains.remove(url);
            }
            Failure failure = failures.get(url);
            if (failure != null) {
                if (clock.instant().isBefore(failure.until())) {
                    return Lookup.missing(failure.reason());
                }
                failures.remove(url);
            }
            pending = inFlight.get(url);
            if (pending == null) {
                if (inFlight.size() >= MAX_FETCHES_AT_ONCE) {
                    return Lookup.missing("too many certificate chains are being fetched; try again shortly");
                }
                pending = startFetch(url);
            }
        }
        try {
            return Lookup.found(pending.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Lookup.missing("the certificate chain did not arrive within " + wait.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Lookup.missing(reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lookup.missing("interrupted while waiting for the certificate chain");
        }
    }

    /** Chains cached now: never more than {@value #MAX_CHAINS}. */
    synchronized int cachedChains() {
        return chains.size();
    }

    /** Failures remembered now: never more than {@value #MAX_FAILURES}. */
    synchronized int rememberedFailures() {
        return failures.size();
    }

    /** Called with the lock held. */
    private CompletableFuture<List<X509Certificate>> startFetch(URI url) {
        CompletableFuture<List<X509Certificate>> result = new CompletableFuture<>();
        inFlight.put(url, result);
        // Registered before the task runs, so the outcome is recorded before the URL stops counting as in flight:
        // a request arriving between the two finds one or the other, and never starts a second fetch.
        result.whenComplete((chain, error) -> record(url, result, chain, error));
        fetchers.execute(() -> fetch(url, result));
        return result;
    }

    private void fetch(URI url, CompletableFuture<List<X509Certificate>> result) {
        Thread worker = Thread.currentThread();
        Object guard = new Object();
        boolean[] running = {true};
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            synchronized (guard) {
                if (running[0] && result.completeExceptionally(new TimeoutException(
                        "fetching the certificate chain took longer than " + fetchTimeout.toSeconds() + " s"))) {
                    worker.interrupt();
                }
            }
        }, fetchTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            List<X509Certificate> chain = fetcher.apply(url);
            validator.check(chain);
            result.complete(List.copyOf(chain));
        } catch (Exception e) {
            result.completeExceptionally(e);
        } finally {
            alarm.cancel(false);
            synchronized (guard) {
                running[0] = false;
                // An alarm that fired as the fetch ended must not interrupt the pool thread's next fetch.
                Thread.interrupted();
            }
        }
    }

    private synchronized void record(URI url, CompletableFuture<List<X509Certificate>> result,
            List<X509Certificate> chain, Throwable error) {
        if (error == null) {
            chains.put(url, chain);
            failures.remove(url);
        } else {
            failures.put(url, new Failure(clock.instant().plus(FAILURE_MEMORY), reason(error)));
        }
        inFlight.remove(url, result);
    }

    private static String reason(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "the certificate chain cannot be used: " + error.getClass().getSimpleName()
                : message.startsWith("the ") || message.startsWith("fetching") || message.startsWith("certificate")
                ? message : "the certificate chain cannot be used: " + message;
    }

    private static ScheduledExecutorService alarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, daemons("alexa-certificate-alarm"));
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
