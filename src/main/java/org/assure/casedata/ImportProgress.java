package org.assure.casedata;

/**
 * Told how an import is going, for a progress bar.
 */
@FunctionalInterface
public interface ImportProgress {

	/** Tells nobody. */
	ImportProgress NONE = (bytesRead, totalBytes, children) -> {
	};

	/**
	 * Progress so far.
	 * @param bytesRead bytes read of all the files
	 * @param totalBytes bytes in all the files
	 * @param children children read so far
	 */
	void progressed(long bytesRead, long totalBytes, long children);

}
