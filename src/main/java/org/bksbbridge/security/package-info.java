/**
 * Who is calling: the authentication mechanism that accepts HTTP Basic for programs and a login
 * form for people, both against the server's user registry, the caller with its registry groups
 * ({@link org.bksbbridge.security.CurrentCaller}), sign-in throttling and the cross-site check of
 * API calls. What a caller may do is decided by {@code org.bksbbridge.access}, not here.
 */
package org.bksbbridge.security;
