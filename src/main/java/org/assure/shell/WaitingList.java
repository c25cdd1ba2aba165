package org.assure.shell;

import java.util.List;

/**
 * What is waiting for a person: returns due or late, actions due or overdue, reviews due.
 * A module that knows such things implements it; the home page lists them all.
 */
public interface WaitingList {

	/**
	 * What waits for a user.
	 * @param partnershipId the partnership
	 * @param username the user
	 * @return the things waiting, the most urgent first
	 */
	List<Waiting> waitingFor(long partnershipId, String username);

	/**
	 * A thing waiting for a person.
	 *
	 * @param kind what kind of thing, in words ("An action is overdue")
	 * @param what the thing itself, in words
	 * @param link the page to act on it
	 * @param late whether it is past its date
	 */
	record Waiting(String kind, String what, String link, boolean late) {

	}

}
