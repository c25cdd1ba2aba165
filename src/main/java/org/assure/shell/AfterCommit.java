package org.assure.shell;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgetting what a cache keeps when the data behind it changes: now, and again when the
 * current transaction ends, so that no reader keeps a value read between the write and
 * its commit.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs a forgetting now and again when the current transaction (if any) ends.
	 * @param forget what to forget
	 */
	public static void forgetNowAndAtEnd(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget.run();
				}
			});
		}
	}

}
