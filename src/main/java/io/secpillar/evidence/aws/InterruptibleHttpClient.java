package io.secpillar.evidence.aws;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Makes HTTP calls answer to thread interrupts. A blocking socket read ignores Thread.interrupt, so a cancelled
 * scan whose calls wait on a stalled endpoint would wait out the socket timeout (30 s). Every call in flight is
 * remembered with its thread; a watcher aborts (closes) the connection of any call whose thread has been
 * interrupted, within {@link #WATCH_MILLIS}, and a call started on an interrupted thread fails at once, so the
 * SDK's retry turns into its AbortedException instead of a new attempt.
 */
final class InterruptibleHttpClient implements SdkHttpClient {

    static final long WATCH_MILLIS = 100;

    private final SdkHttpClient delegate;
    private final Map<ExecutableHttpRequest, Thread> inFlight = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> watcher;

    InterruptibleHttpClient(SdkHttpClient delegate, ScheduledExecutorService scheduler) {
        this.delegate = delegate;
        this.watcher = scheduler.scheduleWithFixedDelay(this::abortInterrupted, WATCH_MILLIS, WATCH_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest real = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("cancelled before the call was sent");
                }
                inFlight.put(real, Thread.currentThread());
                try {
                    return real.call();
                } finally {
                    inFlight.remove(real);
                }
            }

            @Override
            public void abort() {
                real.abort();
            }
        };
    }

    /** Closes the connections of the calls whose threads were interrupted (a cancelled scan's workers). */
    void abortInterrupted() {
        inFlight.forEach((request, thread) -> {
            if (thread.isInterrupted()) {
                inFlight.remove(request);
                request.abort();
            }
        });
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        watcher.cancel(false);
        delegate.close();
    }
}
