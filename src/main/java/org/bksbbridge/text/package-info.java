/**
 * The one rule for free text a person or program sends (names, tags, user names, keys): what may be
 * stored and shown to others, and the problem to name when it may not.
 */
package org.bksbbridge.text;
