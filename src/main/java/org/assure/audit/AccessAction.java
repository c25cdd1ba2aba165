package org.assure.audit;

/**
 * What was done, as the access log records it.
 */
public enum AccessAction {

	/** A user signed in. */
	SIGN_IN,

	/**
	 * A sign-in was refused: wrong or unknown credentials, or a locked or disabled
	 * account.
	 */
	SIGN_IN_FAILED,

	/** An account was locked after repeated failed sign-ins. */
	ACCOUNT_LOCKED,

	/** An administrator unlocked an account. */
	ACCOUNT_UNLOCKED,

	/** A user signed out. */
	SIGN_OUT,

	/** A sensitive record was opened. */
	READ,

	/** A list or search of sensitive records was run. */
	SEARCH,

	/** A record was created. */
	CREATE,

	/** A record was changed. */
	CHANGE,

	/** A record or list left Assure as a file. */
	EXPORT,

	/** A record deleted or anonymised under the retention schedule. */
	DISPOSE

}
