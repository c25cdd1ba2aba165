package org.assure.corrections;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A record that stands withdrawn, as the register shows it.
 *
 * @param record the record
 * @param what what kind of record it is, in words
 * @param description what it is, as its module describes it
 * @param path the page where its history shows, or null
 * @param reason why it was withdrawn
 * @param by who withdrew it
 * @param at when
 * @param restorable whether its module can bring it back
 */
public record Withdrawn(RecordRef record, String what, String description, @Nullable String path, String reason,
		String by, Instant at, boolean restorable) {
}
