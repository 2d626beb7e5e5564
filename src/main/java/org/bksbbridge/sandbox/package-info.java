/**
 * The built-in bksb sandbox: the same API as bksb Live 2 (as far as it is known, see {@code
 * src/site/markdown/bksb-api.md}), served by this server under {@code /bksb-sandbox/api}, so that
 * tests and demos need no bksb account. Users and results are generated from a seed on the fly;
 * changes made through the admin API are kept on top. Switched on by {@code bksb.sandbox.enabled};
 * when off, its paths answer 404.
 */
package org.bksbbridge.sandbox;
