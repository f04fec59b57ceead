package com.mindmusclecoach.reliability;

import com.amazon.ask.CustomSkill;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The HTTP endpoint of {@code serve} ({@code local.SkillHttpServer} around {@code local.JsonSkill}) on a free
 * loopback port. Those classes are package-private on purpose (the local runner is left out of the Lambda jar
 * and offers no API), so this test package reaches them reflectively rather than widening production code;
 * a rename there fails here at once with the name that is missing.
 */
final class LocalEndpoint implements AutoCloseable {

    private static final String LOCAL = "com.mindmusclecoach.local.";
    /** As ServeMain serves. */
    static final int SERVE_THREADS = 8;

    private final Object server;
    private final URI uri;

    private LocalEndpoint(Object server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * @param verifier from {@link #verifier}, or null for {@code --no-verify}
     * @param skillId  the application id to accept (403 otherwise), or null for any
     */
    static LocalEndpoint start(CustomSkill skill, Object verifier, String skillId) {
        try {
            Class<?> jsonSkillType = Class.forName(LOCAL + "JsonSkill");
            Class<?> verifierType = Class.forName(LOCAL + "AlexaRequestVerifier");
            Object jsonSkill = accessible(jsonSkillType.getDeclaredConstructor(CustomSkill.class)).newInstance(skill);
            Object server = accessible(Class.forName(LOCAL + "SkillHttpServer").getDeclaredConstructor(
                    InetSocketAddress.class, jsonSkillType, verifierType, String.class, int.class))
                    .newInstance(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), jsonSkill, verifier, skillId,
                            SERVE_THREADS);
            call(server, "start");
            int port = (int) call(server, "port");
            return new LocalEndpoint(server, URI.create("http://127.0.0.1:" + port + "/"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the local HTTP endpoint cannot be built: " + e, unwrap(e));
        }
    }

    /**
     * Amazon's checks, trusting only {@code trusted} as a root, with {@code chains} standing in for the download of
     * the certificate chain a request names.
     */
    static Object verifier(Function<URI, List<X509Certificate>> chains, X509Certificate trusted, Clock clock) {
        try {
            return accessible(Class.forName(LOCAL + "AlexaRequestVerifier")
                    .getDeclaredConstructor(Function.class, Set.class, Clock.class))
                    .newInstance(chains, Set.of(new TrustAnchor(trusted, null)), clock);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the request verifier cannot be built: " + e, unwrap(e));
        }
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() {
        try {
            call(server, "close");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the local HTTP endpoint cannot be closed", unwrap(e));
        }
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        Method method = target.getClass().getDeclaredMethod(name);
        return accessible(method).invoke(target);
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    private static Throwable unwrap(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException target ? target.getTargetException() : e;
    }
}
