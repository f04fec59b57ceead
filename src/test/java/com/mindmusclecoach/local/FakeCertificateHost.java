package com.mindmusclecoach.local;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Stands in for s3.amazonaws.com: answers each URL with {@code answer} (which may throw, as a 404 would, or sleep,
 * as a slow host would) and counts the fetches, per URL and in all.
 */
final class FakeCertificateHost implements Function<URI, List<X509Certificate>> {

    private final Function<URI, List<X509Certificate>> answer;
    private final Map<URI, AtomicInteger> fetches = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    FakeCertificateHost(Function<URI, List<X509Certificate>> answer) {
        this.answer = answer;
    }

    @Override
    public List<X509Certificate> apply(URI url) {
        total.incrementAndGet();
        fetches.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
        return answer.apply(url);
    }

    int fetches() {
        return total.get();
    }

    int fetches(String url) {
        AtomicInteger count = fetches.get(URI.create(url));
        return count == null ? 0 : count.get();
    }

    int mostFetchesOfOneUrl() {
        return fetches.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    Map<URI, AtomicInteger> perUrl() {
        return fetches;
    }
}
