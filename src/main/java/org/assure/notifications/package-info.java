/**
 * Notifications: the reminders Assure sends (returns due and late, actions due and
 * overdue, a chair's annual review), made once a day per partnership under a lock in the
 * database, sent by e-mail when a mail server is configured and kept in an outbox the
 * board manager sees when not, each recipient able to turn each kind off; every message
 * sent or failed is recorded and a failure is retried with back-off.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shell", "partnership", "audit" })
@NullMarked
package org.assure.notifications;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
