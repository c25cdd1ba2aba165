package org.assure.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A class of sensitive records kept for a set time: the module that holds them says which
 * are past their time on a day and disposes of one (anonymises or deletes it, and blanks
 * its history of corrections). {@link Retention} runs every class daily, skipping records
 * under a legal hold.
 */
public interface RetainedRecords {

	/** What a disposed record's free text is replaced by. */
	String REMOVED = "(removed under the retention schedule)";

	/**
	 * A pseudonym for a disposed record, in place of the one that linked it to a person:
	 * random, so that no two disposed records are linked either.
	 * @return such as {@code removed-3f2c…}
	 */
	static String removedKey() {
		return "removed-" + java.util.UUID.randomUUID();
	}

	/**
	 * Checks a class's setting of years to keep.
	 * @param years the setting's value
	 * @param setting the setting's name, for the message
	 * @return the years
	 * @throws IllegalArgumentException when it is under one
	 */
	static int years(int years, String setting) {
		if (years < 1) {
			throw new IllegalArgumentException(setting + " must be at least 1");
		}
		return years;
	}

	/**
	 * The class's code, as holds and runs name it.
	 * @return such as {@code lado-allegation}
	 */
	String recordClass();

	/**
	 * The class's name for people.
	 * @return such as "LADO allegations"
	 */
	String label();

	/**
	 * The schedule in words, with this deployment's settings.
	 * @return such as "Anonymised 10 years after ..."
	 */
	String rule();

	/**
	 * The records past their time on a day, in every partnership.
	 * @param today the day
	 * @return the records, not yet disposed of
	 */
	List<Due> due(LocalDate today);

	/**
	 * Disposes of one record (in the caller's transaction).
	 * @param record the record
	 */
	void dispose(Due record);

	/**
	 * A record past its time.
	 *
	 * @param partnershipId its partnership
	 * @param recordId its id
	 */
	record Due(long partnershipId, String recordId) {
	}

}
