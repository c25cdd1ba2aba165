package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.casedata.quality.Severity;

/**
 * What checking a return found: every finding, and a summary by rule.
 *
 * @param source the return ({@code cin-census}, {@code ssda903})
 * @param file the file or files checked
 * @param collectionYear the collection year the return was judged for
 * @param ruleSetYear the year whose rule set judged it
 * @param rules how many rules the rule set holds
 * @param children how many children the return holds
 * @param violations what the rules found, in file order
 * @param notes how the return was judged (a rule that could not run, a rule set from
 * another year)
 */
public record ValidationReport(String source, String file, int collectionYear, int ruleSetYear, int rules, int children,
		List<Violation> violations, List<String> notes) {

	/** One rule's findings, summed. */
	public record RuleCount(String code, Severity severity, String message, int findings, int children) {
	}

	public long errors() {
		return this.violations.stream().filter((v) -> v.severity() == Severity.ERROR).count();
	}

	public long queries() {
		return this.violations.stream().filter((v) -> v.severity() == Severity.QUERY).count();
	}

	/**
	 * The findings by rule, errors first, then by code.
	 * @return one line per rule that found something
	 */
	public List<RuleCount> byRule() {
		Map<String, List<Violation>> grouped = new LinkedHashMap<>();
		for (Violation violation : this.violations) {
			grouped.computeIfAbsent(violation.code(), (code) -> new ArrayList<>()).add(violation);
		}
		List<RuleCount> counts = new ArrayList<>();
		grouped.forEach((code, found) -> {
			Set<String> children = new HashSet<>();
			found.stream().filter((v) -> v.child() != null).forEach((v) -> children.add(v.child()));
			Violation first = found.get(0);
			counts.add(new RuleCount(code, first.severity(), first.message(), found.size(), children.size()));
		});
		counts.sort(Comparator.comparing(RuleCount::severity).thenComparing(RuleCount::code, ValidationReport::byCode));
		return counts;
	}

	/**
	 * Orders DfE codes as numbers where they are ({@code 100} before {@code 1103}).
	 * @param a a code
	 * @param b another
	 * @return their order
	 */
	public static int byCode(String a, String b) {
		String digitsA = a.replaceAll("\\D", "");
		String digitsB = b.replaceAll("\\D", "");
		if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.length() < 10 && digitsB.length() < 10) {
			int byNumber = Long.compare(Long.parseLong(digitsA), Long.parseLong(digitsB));
			if (byNumber != 0) {
				return byNumber;
			}
		}
		return a.compareTo(b);
	}

}
