/**
 * The outbox of reminders and each user's choice of what they receive.
 */
@NullMarked
package org.assure.notifications.web;

import org.jspecify.annotations.NullMarked;
