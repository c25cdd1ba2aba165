package org.assure.casedata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.casedata.ImportBatch;
import org.assure.casedata.quality.Rule;
import org.assure.casedata.quality.RuleSet;
import org.assure.casedata.quality.Severity;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.DfeRules;
import org.assure.casedata.validation.ReturnValidation;
import org.assure.casedata.validation.RuleBook;
import org.assure.casedata.validation.ValidationReport;

/**
 * One rule as a batch's data-quality report lists it: Assure's own, or the DfE's for the
 * batch's source and collection year.
 *
 * @param code the rule's code
 * @param origin {@code Assure} or {@code DfE}
 * @param severity error or query
 * @param title what it checks (the DfE's message for a DfE rule)
 */
record RuleLine(String code, String origin, Severity severity, String title) {

	/**
	 * Every rule that judged a batch, by code: Assure's, then the DfE's.
	 * @param batch the batch
	 * @return the rules by code
	 */
	static Map<String, RuleLine> catalogue(ImportBatch batch) {
		Map<String, RuleLine> lines = new LinkedHashMap<>();
		for (Rule rule : RuleSet.RULES) {
			lines.put(rule.code(), new RuleLine(rule.code(), "Assure", rule.severity(), rule.title()));
		}
		dfeRules(batch).forEach((rule) -> lines.put(rule.spec().code(),
				new RuleLine(rule.spec().code(), "DfE", rule.spec().severity(), rule.spec().message())));
		return lines;
	}

	/**
	 * The lines of the report's table: every Assure rule, and the DfE rules that found
	 * something (the others are summed in a sentence).
	 * @param batch the batch
	 * @param byRule findings by rule
	 * @return the lines, Assure's first, then the DfE's by code
	 */
	static List<RuleLine> of(ImportBatch batch, Map<String, Long> byRule) {
		List<RuleLine> lines = new ArrayList<>();
		List<RuleLine> dfe = new ArrayList<>();
		catalogue(batch).values().forEach((line) -> {
			if ("Assure".equals(line.origin())) {
				lines.add(line);
			}
			else if (byRule.containsKey(line.code())) {
				dfe.add(line);
			}
		});
		dfe.sort((a, b) -> ValidationReport.byCode(a.code(), b.code()));
		lines.addAll(dfe);
		return lines;
	}

	/**
	 * Which DfE rule set judged a batch, in words.
	 * @param batch the batch
	 * @return such as "the 109 rules of the 2025-26 CIN census", or empty
	 */
	static Optional<String> dfeRuleSet(ImportBatch batch) {
		Optional<RuleBook> book = DfeRules.of(batch.source());
		if (book.isEmpty() || batch.referenceDate() == null) {
			return Optional.empty();
		}
		int year = collectionYear(batch);
		int effective = book.get().effectiveYear(year);
		String set = "the " + book.get().rules(year).size() + " DfE rules of the "
				+ ReturnValidation.yearLabel(effective) + " collection";
		return Optional.of((effective == year) ? set
				: set + " (Assure holds none for " + ReturnValidation.yearLabel(year) + "; the nearest judged it)");
	}

	/**
	 * The findings of the DfE's rules of one severity.
	 * @param byRule findings by rule
	 * @param batch the batch
	 * @param severity error or query
	 * @return how many
	 */
	static long count(Map<String, Long> byRule, ImportBatch batch, Severity severity) {
		return dfeRules(batch).stream()
			.filter((rule) -> rule.spec().severity() == severity)
			.mapToLong((rule) -> byRule.getOrDefault(rule.spec().code(), 0L))
			.sum();
	}

	private static List<DfeRule> dfeRules(ImportBatch batch) {
		Optional<RuleBook> book = DfeRules.of(batch.source());
		if (book.isEmpty() || batch.referenceDate() == null) {
			return List.of();
		}
		return book.get().rules(collectionYear(batch));
	}

	private static int collectionYear(ImportBatch batch) {
		java.time.LocalDate reference = batch.referenceDate();
		return (reference.getMonthValue() <= 3) ? reference.getYear() : reference.getYear() + 1;
	}

}
