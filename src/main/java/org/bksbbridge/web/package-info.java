/**
 * The web edge shared by pages and API: security headers on every answer, and the application's own
 * error pages (JSON for {@code /api/} paths) in place of the server's.
 */
package org.bksbbridge.web;
