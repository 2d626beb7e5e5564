/**
 * The one way services say no ({@code Refusal} and its kinds). It knows nothing of HTTP or Faces:
 * the REST edge ({@code org.bksbbridge.api}) and the pages ({@code org.bksbbridge.ui}) translate
 * it.
 */
package org.bksbbridge.refusal;
