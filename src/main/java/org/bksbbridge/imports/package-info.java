/**
 * The {@code learner-import} job: an uploaded CSV or JSON file is stored (up to a size limit, named
 * after its centre), then read row by row (never whole), validated, and upserted; bad rows, also
 * rows whose CSV or JSON is broken, are skipped and recorded with their row number. The job checks
 * its own parameters however it was started, deletes its upload once it completed, and uploads of
 * failed imports are swept after some days.
 */
package org.bksbbridge.imports;
