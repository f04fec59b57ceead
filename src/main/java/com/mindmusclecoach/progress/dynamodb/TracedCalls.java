package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.observability.Subsegment;
import com.mindmusclecoach.observability.Tracing;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Each DynamoDB call as an X-Ray subsegment named "DynamoDB" (namespace {@code aws}, as X-Ray's service map groups AWS
 * calls): operation, table, region, request id, retries, status; a lost race (the conditional write's 400) an error,
 * a throttle marked so, a call that got no answer a fault. Records only on a thread in a sampled trace
 * ({@link Tracing}); everywhere else it adds nothing but a thread-local look-up per call.
 */
final class TracedCalls implements ExecutionInterceptor {

    private static final ExecutionAttribute<Subsegment> SUBSEGMENT = new ExecutionAttribute<>("MindMuscleCoach.Subsegment");
    private static final ExecutionAttribute<int[]> ATTEMPTS = new ExecutionAttribute<>("MindMuscleCoach.Attempts");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        quietly(() -> begin(context, attributes));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        quietly(() -> answered(context, attributes));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        quietly(() -> failed(context, attributes));
    }

    /** A trace is not worth a call: whatever goes wrong in tracing stays here. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException lost) {
            // this call goes untraced
        }
    }

    private static void begin(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Subsegment call = Tracing.subsegment("DynamoDB", "aws");
        if (!call.recording()) {
            return;
        }
        call.aws("operation", attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                .aws("region", String.valueOf(attributes.getAttribute(AwsExecutionAttribute.AWS_REGION)));
        context.request().getValueForField("TableName", String.class).ifPresent(table -> call.aws("table_name", table));
        attributes.putAttribute(SUBSEGMENT, call);
        attributes.putAttribute(ATTEMPTS, new int[1]);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        int[] attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts != null) {
            attempts[0]++;
        }
    }

    private static void answered(Context.AfterExecution context, ExecutionAttributes attributes) {
        Subsegment call = attributes.getAttribute(SUBSEGMENT);
        if (call != null) {
            answered(call, context.httpResponse());
            call.aws("retries", retries(attributes)).close();
        }
    }

    private static void failed(Context.FailedExecution context, ExecutionAttributes attributes) {
        Subsegment call = attributes.getAttribute(SUBSEGMENT);
        if (call == null) {
            return;
        }
        context.httpResponse().ifPresent(response -> answered(call, response));
        if (context.exception() instanceof AwsServiceException refused && refused.isThrottlingException()) {
            call.throttled();
        }
        call.aws("retries", retries(attributes)).failed(context.exception()).close();
    }

    private static void answered(Subsegment call, SdkHttpResponse response) {
        call.response(response.statusCode())
                .aws("request_id", response.firstMatchingHeader("x-amzn-RequestId").orElse(null));
    }

    private static int retries(ExecutionAttributes attributes) {
        return Math.max(0, attributes.getAttribute(ATTEMPTS)[0] - 1);
    }
}
