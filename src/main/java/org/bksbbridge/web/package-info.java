/**
 * The web edge shared by pages and API: Strict-Transport-Security on https answers (the other
 * security headers are server.xml's, on every answer of the server), and the application's own
 * error pages (JSON for {@code /api/} paths) in place of the server's.
 */
package org.bksbbridge.web;
