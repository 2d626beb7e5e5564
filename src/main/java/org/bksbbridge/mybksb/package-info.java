/**
 * A learner's own bksb, for the learner: the records whose web username is their sign-in name (in
 * every centre that has one), the latest result per subject, and the sign-in into bksb behind the
 * "bksb" button. No grant is involved: being the learner is the permission, checked by {@link
 * org.bksbbridge.access.CentreAccess#isSelf} in the services that read the records.
 */
package org.bksbbridge.mybksb;
