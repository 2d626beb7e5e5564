/**
 * A centre's bksb integration settings: the bksb API URL and access key (the secret and the default
 * password encrypted at rest, never returned), what to download, tags, which learners are hot
 * (polled by every incremental run: the learner package's {@code HeatRules}), and the switch that
 * turns synchronisation on once its preconditions hold. Changes come as a typed {@code
 * SettingsChange} (each field kept, cleared or set); the service judges their contents, so the REST
 * API (whose body {@code SettingsJson} reads) and pages name the same problem for each field.
 */
package org.bksbbridge.settings;
