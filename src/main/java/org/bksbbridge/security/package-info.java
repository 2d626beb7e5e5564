/**
 * Who is calling: the authentication mechanism that accepts HTTP Basic for programs and a login
 * form for people, both against the server's user registry, the caller with its registry groups
 * ({@link org.bksbbridge.security.Caller}, {@link org.bksbbridge.security.CurrentCaller}), sign-in
 * throttling, the cross-site check of API calls, and Strict-Transport-Security on https answers
 * (the other security headers are server.xml's, on every answer of the server). What a caller may
 * do is decided by {@code org.bksbbridge.access}, not here.
 */
package org.bksbbridge.security;
