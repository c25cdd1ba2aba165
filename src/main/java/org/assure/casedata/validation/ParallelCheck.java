package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks the children of a return already read on several threads, when every rule of the
 * set judges each child on its own: the children are cut into one share per thread in the
 * order read, each share checked by a run of its own (its own findings and notes), and
 * the runs joined in order, so that the report is the one a single thread would give. A
 * rule set with a rule that remembers earlier children (a duplicate identifier), or a
 * return too small to gain from it, is checked on the calling thread.
 */
final class ParallelCheck {

	/** The fewest children worth a thread of their own. */
	static final int SHARE = 2_000;

	/** The children checked rule by rule at a time. */
	static final int BATCH = 32;

	private ParallelCheck() {
	}

	/**
	 * The threads to check on: one per core, at most four.
	 * @return the number
	 */
	static int threads() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * Checks the children.
	 * @param book the rule book
	 * @param context the return's context
	 * @param names the return's files, for findings about the whole return
	 * @param children the children, in the order read; each place is emptied once its
	 * child is checked
	 * @param threads the threads to use at most
	 * @return the run, every child checked (not yet finished)
	 */
	static ReturnValidation check(RuleBook book, ReturnContext context, String names, List<ReturnChild> children,
			int threads) {
		return check(book, context, names, children, threads, SHARE);
	}

	/**
	 * Checks the children, each thread given at least a number of them.
	 * @param book the rule book
	 * @param context the return's context
	 * @param names the return's files
	 * @param children the children, in the order read; each place is emptied once its
	 * child is checked
	 * @param threads the threads to use at most
	 * @param fewest the fewest children a thread is given
	 * @return the run, every child checked (not yet finished)
	 */
	static ReturnValidation check(RuleBook book, ReturnContext context, String names, List<ReturnChild> children,
			int threads, int fewest) {
		ReturnValidation first = new ReturnValidation(book, context, names);
		int workers = first.childByChild() ? Math.max(1, Math.min(threads, children.size() / fewest)) : 1;
		if (workers == 1) {
			checkAndLetGo(children, first);
			return first;
		}
		int share = (children.size() + workers - 1) / workers;
		List<ReturnValidation> runs = new ArrayList<>();
		List<Thread> started = new ArrayList<>();
		Throwable[] failures = new Throwable[workers];
		for (int worker = 1; worker < workers; worker++) {
			ReturnValidation run = new ReturnValidation(book, context.forWorker(), names);
			runs.add(run);
			List<ReturnChild> part = children.subList(Math.min(children.size(), worker * share),
					Math.min(children.size(), (worker + 1) * share));
			int index = worker;
			Thread thread = new Thread(() -> {
				try {
					checkAndLetGo(part, run);
				}
				catch (RuntimeException | Error ex) {
					failures[index] = ex;
				}
			}, "assure-rules-" + worker);
			thread.setDaemon(true);
			thread.start();
			started.add(thread);
		}
		try {
			checkAndLetGo(children.subList(0, Math.min(children.size(), share)), first);
		}
		finally {
			for (Thread thread : started) {
				join(thread);
			}
		}
		for (Throwable failure : failures) {
			rethrow(failure);
		}
		runs.forEach(first::merge);
		return first;
	}

	/**
	 * Checks the children of a share a batch at a time
	 * ({@link ReturnValidation#check(List)}) and lets each batch go: its places in the
	 * list are emptied once it is checked, so that what the rules worked out for its
	 * children (their episodes in order, periods of care, dates) dies young instead of
	 * being kept, and copied by the collector, until the last child of the return is
	 * checked.
	 */
	private static void checkAndLetGo(List<ReturnChild> share, ReturnValidation run) {
		for (int from = 0; from < share.size(); from += BATCH) {
			List<ReturnChild> batch = share.subList(from, Math.min(share.size(), from + BATCH));
			run.check(new ArrayList<>(batch));
			java.util.Collections.fill(batch, null);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking the return", ex);
		}
	}

	private static void rethrow(@Nullable Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
	}

}
