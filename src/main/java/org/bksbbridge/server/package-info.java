/**
 * This server's identity among the servers that share one database, and their heartbeats: which
 * servers are alive, and since when; and the frame of the tasks each server repeats while it runs.
 */
package org.bksbbridge.server;
