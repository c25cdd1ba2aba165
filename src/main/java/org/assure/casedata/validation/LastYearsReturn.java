package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;

import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.jspecify.annotations.Nullable;

/**
 * Last year's SSDA903 return, for the rules that compare with it, from wherever it comes:
 * its tables given beside this year's ({@code validate --last-year}), or the return an
 * earlier import kept ({@link KeptReturn}).
 */
public interface LastYearsReturn {

	/**
	 * Last year's return beside this year's children.
	 * @param thisYear this year's children, as read
	 * @param reference the data from outside the return, to derive last year's placement
	 * areas with too
	 * @return last year's return, or null when there is none
	 */
	@Nullable PreviousReturn beside(List<ReturnChild> thisYear, ReferenceData reference);

	/**
	 * What the report says when there is none.
	 * @return the note
	 */
	String missing();

	/**
	 * What the report says about where last year's return came from, when it was found.
	 * @return the note, or null to say nothing
	 */
	default @Nullable String found() {
		return null;
	}

	/**
	 * Last year's tables given as files.
	 * @param files the files, or null or empty when none was given
	 * @param collectionYear last year's collection year
	 * @return the source
	 */
	static LastYearsReturn files(@Nullable List<ImportFile> files, int collectionYear) {
		return new LastYearsReturn() {
			@Override
			public @Nullable PreviousReturn beside(List<ReturnChild> thisYear, ReferenceData reference) {
				if (files == null || files.isEmpty()) {
					return null;
				}
				List<ReturnChild> before = new ArrayList<>();
				Ssda903ReturnReader.read(files, (child) -> {
					reference.derive(child);
					before.add(child);
				});
				return new PreviousReturn(collectionYear, before);
			}

			@Override
			public String missing() {
				return "Last year's return was not given, so the rules that compare with it ("
						+ String.join(", ", Ssda903Rules.NEED_LAST_YEAR) + ") were not run";
			}
		};
	}

}
