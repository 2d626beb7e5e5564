/**
 * Reading flat JSON objects into text values, shared by whatever reads JSON records: the REST edge,
 * the JSON learner import file and the bksb sandbox. So every route gives the same per-field
 * messages, and none of them needs the REST edge's package. Knows nothing of HTTP.
 */
package org.bksbbridge.json;
