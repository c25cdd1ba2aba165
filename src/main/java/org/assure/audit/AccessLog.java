package org.assure.audit;

import java.util.List;

/**
 * The access log's API. Modules call {@link #record(AccessEvent)} for every read, search,
 * change and export of a sensitive record. Entries are only ever added.
 */
public interface AccessLog {

	/**
	 * Appends an event, stamped with the time, the signed-in user (unless the event names
	 * one) and the caller's address.
	 * @param event what happened
	 */
	void record(AccessEvent event);

	/**
	 * Entries matching a filter, newest first.
	 * @param filter what to look for
	 * @return one page of entries
	 */
	List<AccessLogEntry> find(AccessLogFilter filter);

}
