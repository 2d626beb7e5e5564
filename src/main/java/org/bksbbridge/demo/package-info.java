/**
 * Development only: on the first start with {@code bksb.demo.enabled}, a centre DEMO pointing at
 * the built-in sandbox, with learners and applicants whose emails partly match the sandbox's users,
 * so {@code mvn liberty:run} shows the whole flow at once; and a centre NORTH, not yet integrated,
 * managed by the dev user {@code manager.north} alone, to try permissions per centre.
 */
package org.bksbbridge.demo;
