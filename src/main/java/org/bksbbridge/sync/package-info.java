/** The synchronisation with bksb: one sub-package per job (users, matching, assessments). */
package org.bksbbridge.sync;
