/**
 * Backing beans of the Faces pages, one {@code @ViewScoped} bean per use case. They call the same
 * services as the REST API and turn its errors into Faces messages. Also what the pages need around
 * Faces itself: an expired view's handling, and redirects held until the request is done.
 */
package org.bksbbridge.ui;
