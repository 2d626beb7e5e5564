/**
 * The {@code learner-import} job: an uploaded CSV or JSON file is stored, then read row by row
 * (never whole), validated, and upserted; bad rows are skipped and recorded with their row number.
 */
package org.bksbbridge.imports;
