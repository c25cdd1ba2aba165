package org.assure.casedata.validation;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;

/**
 * Runs the rules on one thread while the file is read on another: the reader hands each
 * child over through a bounded queue, and a single rule thread checks the children in the
 * order read, so rules that remember earlier children (a duplicate identifier) see them
 * as they would on one thread. On a machine with two cores the read and the rules
 * overlap; at most {@value #CAPACITY} children wait in between.
 */
final class RulePipeline implements AutoCloseable {

	static final int CAPACITY = 16;

	static final int BATCH = 256;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final ReturnValidation validation;

	private final Thread worker;

	private volatile @Nullable Throwable failure;

	private boolean ended;

	private java.util.List<ReturnChild> batch = new java.util.ArrayList<>(BATCH);

	/**
	 * Starts the rule thread.
	 * @param validation the run to check the children with
	 */
	RulePipeline(ReturnValidation validation) {
		this.validation = validation;
		this.worker = new Thread(this::work, "assure-rules");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void work() {
		while (true) {
			Object next;
			try {
				next = this.queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (next == END) {
				return;
			}
			if (this.failure == null) {
				try {
					@SuppressWarnings("unchecked")
					java.util.List<ReturnChild> children = (java.util.List<ReturnChild>) next;
					this.validation.check(children);
				}
				catch (RuntimeException | Error ex) {
					// Keep taking, so that the reader is never left waiting on a full
					// queue.
					this.failure = ex;
				}
			}
		}
	}

	/**
	 * Hands a child to the rule thread, waiting while the queue is full.
	 * @param child the child, as read
	 */
	void put(ReturnChild child) {
		this.batch.add(child);
		if (this.batch.size() >= BATCH) {
			handOver();
		}
	}

	private void handOver() {
		rethrow();
		if (this.batch.isEmpty()) {
			return;
		}
		try {
			this.queue.put(this.batch);
			this.batch = new java.util.ArrayList<>(BATCH);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking the return", ex);
		}
	}

	/**
	 * Waits until every child handed over has been checked, and passes on a rule's
	 * failure.
	 */
	void finish() {
		handOver();
		end();
		rethrow();
	}

	@Override
	public void close() {
		end();
	}

	private void end() {
		if (this.ended) {
			return;
		}
		this.ended = true;
		try {
			this.queue.put(END);
			this.worker.join();
		}
		catch (InterruptedException ex) {
			this.worker.interrupt();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking the return", ex);
		}
	}

	private void rethrow() {
		Throwable failed = this.failure;
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
	}

}
