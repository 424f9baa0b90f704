package com.scoutdesk.integration.art;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap. A body that declares or reaches more is dropped at once (the
 * connection is abandoned), so an address that serves a video or an endless stream costs a few kilobytes, not memory.
 *
 * @param bytes    what was read; empty when too large
 * @param tooLarge whether the body was longer than the cap
 */
record CappedBody(byte[] bytes, boolean tooLarge) {

    private static final CappedBody TOO_LARGE = new CappedBody(new byte[0], true);

    /** Reads bodies of at most {@code maxBytes}. */
    static HttpResponse.BodyHandler<CappedBody> handler(long maxBytes) {
        return info -> new Subscriber(maxBytes,
                info.headers().firstValueAsLong("Content-Length").orElse(-1L));
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
        private final long maxBytes;
        private final long declared;
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private final ByteArrayOutputStream read = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Subscriber(long maxBytes, long declared) {
            this.maxBytes = maxBytes;
            this.declared = declared;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > maxBytes) {
                s.cancel();
                result.complete(TOO_LARGE);
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (read.size() + (long) item.remaining() > maxBytes) {
                    subscription.cancel();
                    result.complete(TOO_LARGE);
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                read.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(read.toByteArray(), false));
        }
    }
}
