/** This server's identity among the servers that share one database. */
package org.bksbbridge.server;
