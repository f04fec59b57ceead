package com.mindmusclecoach.reliability;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DynamoDB client that fails on demand, in front of a real one (dynalite). The failures are the SDK's own:
 * exceptions DynamoDB answers with (throttling, a 500), the SDK's timeouts, a real lost race (another device
 * writes first, so the conditional write really fails), and real network faults (the call goes to a client whose
 * endpoint refuses connections, or never answers). The fault in force applies to every call until changed.
 */
final class FaultyDynamoDb implements InvocationHandler {

    enum Fault {
        NONE, THROTTLED, REQUEST_LIMIT, THROTTLING, TIMED_OUT, ATTEMPT_TIMED_OUT, SERVER_ERROR,
        /** Another device writes the same item just before each write: the conditional write fails for real. */
        LOST_RACE,
        /** The endpoint refuses connections (a real connect failure, retried by the SDK). */
        UNREACHABLE,
        /** The endpoint accepts and never answers (real attempt and call timeouts: about two seconds a call). */
        SILENT,
        /** The write lands, but its answer is lost: the SDK reports a timeout for a write that happened. */
        WRITE_LANDS_ANSWER_LOST
    }

    private static final Set<String> DATA_CALLS = Set.of("getItem", "putItem", "deleteItem", "updateItem");

    private final DynamoDbClient healthy;
    private final DynamoDbClient refusing;
    private final DynamoDbClient silent;
    private final Runnable otherDevice;
    private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
    private volatile Fault fault = Fault.NONE;

    /**
     * @param otherDevice writes the user's item through {@code healthy}, as another device of theirs would
     */
    FaultyDynamoDb(DynamoDbClient healthy, DynamoDbClient refusing, DynamoDbClient silent, Runnable otherDevice) {
        this.healthy = healthy;
        this.refusing = refusing;
        this.silent = silent;
        this.otherDevice = otherDevice;
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicInteger());
        }
    }

    DynamoDbClient client() {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, this);
    }

    void set(Fault next) {
        fault = next;
    }

    /** How many calls met {@code f}. */
    int injected(Fault f) {
        return injected.get(f).get();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "FaultyDynamoDb(" + fault + ")";
            };
        }
        Fault now = fault;
        if (now == Fault.NONE || !DATA_CALLS.contains(method.getName())) {
            return call(healthy, method, args);
        }
        boolean write = method.getName().equals("putItem");
        if ((now == Fault.LOST_RACE || now == Fault.WRITE_LANDS_ANSWER_LOST) && !write) {
            return call(healthy, method, args);
        }
        injected.get(now).incrementAndGet();
        return switch (now) {
            case THROTTLED -> throw ProvisionedThroughputExceededException.builder().statusCode(400)
                    .awsErrorDetails(details("ProvisionedThroughputExceededException")).message("injected: throttled").build();
            case REQUEST_LIMIT -> throw RequestLimitExceededException.builder().statusCode(400)
                    .awsErrorDetails(details("RequestLimitExceeded")).message("injected: account limit").build();
            case THROTTLING -> throw ThrottlingException.builder().statusCode(400)
                    .awsErrorDetails(details("ThrottlingException")).message("injected: rate of requests").build();
            case TIMED_OUT -> throw ApiCallTimeoutException.create(2_000);
            case ATTEMPT_TIMED_OUT -> throw ApiCallAttemptTimeoutException.create(1_000);
            case SERVER_ERROR -> throw InternalServerErrorException.builder().statusCode(500)
                    .awsErrorDetails(details("InternalServerError")).message("injected: internal error").build();
            case LOST_RACE -> {
                otherDevice.run();
                yield call(healthy, method, args);
            }
            case UNREACHABLE -> call(refusing, method, args);
            case SILENT -> call(silent, method, args);
            case WRITE_LANDS_ANSWER_LOST -> {
                call(healthy, method, args);
                throw ApiCallTimeoutException.create(2_000);
            }
            case NONE -> call(healthy, method, args);
        };
    }

    private static AwsErrorDetails details(String code) {
        return AwsErrorDetails.builder().errorCode(code).serviceName("DynamoDb").errorMessage("injected").build();
    }

    private static Object call(DynamoDbClient target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
