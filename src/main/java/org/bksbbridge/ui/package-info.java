/**
 * Backing beans of the Faces pages, one {@code @ViewScoped} bean per use case. They call the same
 * services as the REST API and turn its errors into Faces messages.
 */
package org.bksbbridge.ui;
