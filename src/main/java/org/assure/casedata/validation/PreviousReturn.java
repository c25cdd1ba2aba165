package org.assure.casedata.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last year's return of the same source, by child: what the rules that compare with the
 * previous year read.
 */
public final class PreviousReturn {

	private final int collectionYear;

	private final Map<String, ReturnChild> children = new HashMap<>();

	/**
	 * Last year's return.
	 * @param collectionYear its collection year
	 * @param children its children
	 */
	public PreviousReturn(int collectionYear, List<ReturnChild> children) {
		this.collectionYear = collectionYear;
		for (ReturnChild child : children) {
			if (child.id() != null) {
				this.children.putIfAbsent(child.id(), child);
			}
		}
	}

	public int collectionYear() {
		return this.collectionYear;
	}

	/**
	 * A child of last year's return.
	 * @param id the child's id
	 * @return the child, or null when last year's return does not hold it
	 */
	public @org.jspecify.annotations.Nullable ReturnChild child(String id) {
		return this.children.get(id);
	}

}
