package org.assure.corrections;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a module tells the register of withdrawn records about the kinds of record it lets
 * people withdraw: how to name one to an administrator, where it shows, and how to bring
 * it back. Each module that withdraws records declares one bean of this type; the
 * register ({@link Corrections#withdrawn}) and {@link Corrections#restore} ask it, so
 * that no module writes a register or a restore of its own.
 */
public interface CorrectableRecords {

	/**
	 * The kinds of record this module answers for, as its {@link RecordRef}s name them.
	 * @return the kinds, such as {@code governance.member}
	 */
	Set<String> kinds();

	/**
	 * What a kind of record is called, in the register.
	 * @param kind one of {@link #kinds()}
	 * @return a noun, such as "member"
	 */
	String what(String kind);

	/**
	 * A short description of a record, as its own list shows it: never more than a person
	 * allowed to see that list would see.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @return its description, or empty when the partnership has no such record
	 */
	Optional<String> describe(long partnershipId, RecordRef record);

	/**
	 * The page where the record's history shows, if it has one of its own.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @return the path, or null
	 */
	@Nullable String path(long partnershipId, RecordRef record);

	/**
	 * Why a withdrawn record cannot be brought back now, if it cannot: a record that took
	 * its place since, say.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @return the reason, as the administrator reads it; empty when it can be restored
	 */
	default Optional<String> whyNot(long partnershipId, RecordRef record) {
		return Optional.empty();
	}

	/**
	 * Brings a withdrawn record back into its lists and figures, undoing what its
	 * withdrawal did. Called inside the transaction of {@link Corrections#restore}, which
	 * records the restoration.
	 * @param partnershipId the partnership
	 * @param record the record
	 */
	void restore(long partnershipId, RecordRef record);

}
