/**
 * The web edge shared by pages and API: the application's own error pages (JSON for {@code /api/}
 * paths) in place of the server's, a missing file's 404 included ({@link
 * org.bksbbridge.web.StaticMisses}).
 */
package org.bksbbridge.web;
