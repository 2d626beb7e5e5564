/** Centres: the colleges or provider sites whose learners bksb-bridge serves. */
package org.bksbbridge.centre;
