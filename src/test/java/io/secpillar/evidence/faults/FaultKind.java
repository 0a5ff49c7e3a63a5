package io.secpillar.evidence.faults;

/** The faults the suite injects, as a real network, proxy or AWS endpoint produces them. */
enum FaultKind {
    /** 500 with the protocol's own error document (InternalFailure / InternalError). */
    SERVER_ERROR,
    /** 503 ServiceUnavailable in the protocol's own format. */
    UNAVAILABLE,
    /** Throttling as each protocol says it: Throttling (query), RequestLimitExceeded (EC2), ThrottlingException
     *  (JSON), 429 TooManyRequestsException (REST-JSON), 503 SlowDown (S3). */
    THROTTLED,
    /** No reply before the attempt's time limit (the reply comes, too late). */
    STALL,
    /** The real reply, cut off half-way. */
    TRUNCATED,
    /** A 200 whose body is not the protocol's format (a proxy's HTML page). */
    MALFORMED,
    /** A 500 whose error document cannot be read (an empty or HTML body). */
    UNREADABLE_ERROR,
    /** The connection is reset by the peer. */
    CONNECTION_RESET,
    /** The connection is closed without a reply. */
    EMPTY_RESPONSE,
    /** Random bytes, then the connection is closed. */
    RANDOM_DATA,
    /** A 200 with a broken chunked body. */
    BAD_CHUNK
}
