/**
 * The access log's page for administrators.
 */
@NullMarked
package org.assure.audit.web;

import org.jspecify.annotations.NullMarked;
