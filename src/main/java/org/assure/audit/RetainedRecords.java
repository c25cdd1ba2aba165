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
