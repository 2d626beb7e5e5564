/**
 * This server's identity among the servers that share one database, and their heartbeats: which
 * servers are alive, and since when.
 */
package org.bksbbridge.server;
