/**
 * Who may do what: the application's roles, and the authentication mechanism that accepts HTTP
 * Basic for programs and a login form for people, both against the server's user registry.
 */
package org.bksbbridge.security;
