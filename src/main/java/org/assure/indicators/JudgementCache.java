package org.assure.indicators;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The judgements of a partnership's indicators, kept until anything they are made of
 * changes: a value computed, a return, a definition, a comparator, a rebase, a
 * population. Every write of those calls {@link #changed(long)}; the cache forgets the
 * partnership's judgements once the write commits, so that a reader never keeps a figure
 * the database no longer holds.
 */
@Component
class JudgementCache {

	private final Map<Long, Map<String, List<Judgement>>> byPartnership = new ConcurrentHashMap<>();

	/**
	 * The judgements for a key, made by {@code judge} when not kept.
	 * @param partnershipId the partnership
	 * @param key what was asked (the period)
	 * @param judge makes them
	 * @return the judgements
	 */
	List<Judgement> get(long partnershipId, String key, Supplier<List<Judgement>> judge) {
		Map<String, List<Judgement>> kept = this.byPartnership.computeIfAbsent(partnershipId,
				(id) -> new ConcurrentHashMap<>());
		List<Judgement> judgements = kept.get(key);
		if (judgements == null) {
			judgements = judge.get();
			if (kept.size() > 200) {
				kept.clear();
			}
			// Kept only while no write is waiting to commit: see changed().
			if (this.byPartnership.get(partnershipId) == kept) {
				kept.put(key, judgements);
			}
		}
		return judgements;
	}

	/**
	 * Forgets a partnership's judgements, now and again when the current transaction
	 * commits.
	 * @param partnershipId the partnership whose figures changed
	 */
	void changed(long partnershipId) {
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(() -> this.byPartnership.remove(partnershipId));
	}

}
