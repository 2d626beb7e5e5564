/**
 * Reading flat JSON objects into text values, shared by whatever reads JSON records: the resources
 * ({@link org.bksbbridge.json.JsonFields}, which refuses a bad body field by field), the JSON
 * learner import file and the bksb sandbox. So every route gives the same per-field messages, and
 * none of them needs the REST edge's package. Knows nothing of HTTP.
 */
package org.bksbbridge.json;
