/**
 * The bksb Live 2 API as bksb-bridge calls it: a Jersey client with timeouts, a bounded pool,
 * retries, call logging and each account's latest answer ({@link org.bksbbridge.bksb.BksbClient},
 * {@link org.bksbbridge.bksb.AccountReachability}); the wire format's own DTOs ({@code Wire*},
 * PascalCase like bksb's JSON); and the one translation into our model ({@link
 * org.bksbbridge.bksb.ResultTranslator}). A failed call is a {@link
 * org.bksbbridge.bksb.BksbApiException} whose kind is decided here, once, from bksb's answer, so
 * that features decide on the kind and never on an HTTP status. Every call is documented, with what
 * is known and what is assumed, in {@code src/site/markdown/bksb-api.md}.
 */
package org.bksbbridge.bksb;
