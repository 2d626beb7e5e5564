/**
 * A centre's bksb integration settings: the bksb API URL and access key (the secret and the default
 * password encrypted at rest, never returned), what to download, tags, and the switch that turns
 * synchronisation on once its preconditions hold.
 */
package org.bksbbridge.settings;
