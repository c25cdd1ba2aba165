package org.assure.casedata.validation;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.quality.CodeLists;
import org.assure.casedata.validation.cin.CinRules;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.jspecify.annotations.Nullable;

/**
 * Checks a return against the DfE's rules of its collection year without importing it, as
 * a data lead does before submitting.
 */
public final class ReturnValidator {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReturnValidator.class);

	private final WorkingDays workingDays;

	private final CodeLists codes;

	/**
	 * A validator.
	 * @param workingDays the calendar for rules in working days
	 * @param codes the DfE code lists
	 */
	public ReturnValidator(WorkingDays workingDays, CodeLists codes) {
		this.workingDays = workingDays;
		this.codes = codes;
	}

	/**
	 * The validator with England and Wales's bank holidays and the shipped code lists.
	 * @return the validator
	 */
	public static ReturnValidator standard() {
		return new ReturnValidator(WorkingDays.englandAndWales(), CodeLists.dfe());
	}

	/**
	 * Checks a CIN census file.
	 * @param in the file's bytes
	 * @param fileName its name
	 * @param year the collection year to judge it for (2026 for 2025-26), or null to take
	 * it from the header's reference date
	 * @return what the rules found
	 * @throws ImportFailed when the file cannot be read as a CIN census, or names no year
	 */
	public ValidationReport cinCensus(InputStream in, String fileName, @Nullable Integer year) {
		AtomicReference<ReturnValidation> run = new AtomicReference<>();
		AtomicReference<RulePipeline> pipeline = new AtomicReference<>();
		try {
			CinReturnReader.read(in, fileName, (header) -> {
				int collectionYear = (year != null) ? year : yearOf(header, fileName);
				ReturnValidation validation = new ReturnValidation(CinRules.book(),
						new ReturnContext(collectionYear, this.workingDays, this.codes), fileName);
				validation.header(header);
				run.set(validation);
				pipeline.set(new RulePipeline(validation));
			}, (child) -> {
				RulePipeline rules = pipeline.get();
				if (rules == null) {
					throw new ImportFailed(fileName + ": the children come before the header");
				}
				rules.put(child);
			});
			if (pipeline.get() != null) {
				pipeline.get().finish();
			}
		}
		finally {
			if (pipeline.get() != null) {
				pipeline.get().close();
			}
		}
		ReturnValidation validation = run.get();
		if (validation == null) {
			throw new ImportFailed(fileName + ": has no Header; a CIN census message begins with one");
		}
		Findings findings = validation.finish();
		ReturnContext context = validation.context();
		return new ValidationReport(CinRules.SOURCE, fileName, context.collectionYear(),
				CinRules.book().effectiveYear(context.collectionYear()),
				CinRules.book().rules(context.collectionYear()).size(), validation.children(), findings.violations(),
				context.notes());
	}

	/**
	 * Checks an SSDA903 return: its CSV tables, read together.
	 * @param files the tables
	 * @param year the collection year (2025 for 2024-25): the tables do not say
	 * @return what the rules found, with the files passed over among the notes
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public ValidationReport ssda903(List<ImportFile> files, int year) {
		return ssda903(files, year, null);
	}

	/**
	 * Checks an SSDA903 return beside last year's: the rules that compare the two (a
	 * child's sex, a mother's status) run only when last year's tables are given, and the
	 * report says so when they are not.
	 * @param files the tables
	 * @param year the collection year
	 * @param lastYear last year's tables, or null
	 * @return what the rules found
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public ValidationReport ssda903(List<ImportFile> files, int year, @Nullable List<ImportFile> lastYear) {
		return ssda903(files, year, lastYear, ReferenceData.NONE);
	}

	/**
	 * Checks an SSDA903 return beside last year's and with the data from outside the
	 * return some rules need (the authority's own code, the postcode directory, Ofsted's
	 * register of providers): with the directory, each episode's placement authority,
	 * location and distance are derived from its postcodes where the tables do not give
	 * them, as the DfE derives them.
	 * @param files the tables
	 * @param year the collection year
	 * @param lastYear last year's tables, or null
	 * @param reference the reference data
	 * @return what the rules found
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public ValidationReport ssda903(List<ImportFile> files, int year, @Nullable List<ImportFile> lastYear,
			ReferenceData reference) {
		return ssda903(files, year, LastYearsReturn.files(lastYear, year - 1), reference, (child) -> {
		});
	}

	/**
	 * Checks an SSDA903 return beside last year's from wherever it comes, handing each
	 * child as read to a caller that keeps it (an import keeps it for next year's rules).
	 * @param files the tables
	 * @param year the collection year
	 * @param lastYear where last year's return comes from
	 * @param reference the reference data
	 * @param onChild called with each child, as read, before the rules run
	 * @return what the rules found
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public ValidationReport ssda903(List<ImportFile> files, int year, LastYearsReturn lastYear, ReferenceData reference,
			java.util.function.Consumer<ReturnChild> onChild) {
		String names = String.join(", ", files.stream().map(ImportFile::name).toList());
		ReturnContext returnContext = new ReturnContext(year, this.workingDays, this.codes);
		returnContext.reference(reference);
		// A child's rows are spread over the tables, so every table is read before any
		// child is checked; the children are then checked on every core.
		List<ReturnChild> children = new java.util.ArrayList<>();
		long t0 = System.nanoTime();
		List<String> passedOver = Ssda903ReturnReader.read(files, returnContext::tables, (child) -> {
			reference.derive(child);
			onChild.accept(child);
			children.add(child);
		});
		PreviousReturn previous = lastYear.beside(children, reference);
		if (previous != null) {
			returnContext.previous(previous);
			String found = lastYear.found();
			if (found != null) {
				returnContext.note(found);
			}
		}
		else {
			returnContext.note(lastYear.missing());
		}
		long t1 = System.nanoTime();
		ReturnValidation validation = ParallelCheck.check(Ssda903Rules.book(), returnContext, names, children,
				ParallelCheck.threads());
		if (LOG.isDebugEnabled()) {
			LOG.debug("Read {} children of {} in {} ms, checked them in {} ms", children.size(), names,
					(t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
		}
		Findings findings = validation.finish();
		ReturnContext context = validation.context();
		List<String> notes = new java.util.ArrayList<>(context.notes());
		for (String file : passedOver) {
			notes.add("Passed over " + file);
		}
		int effective = Ssda903Rules.book().effectiveYear(context.collectionYear());
		int held = Ssda903Rules.book().codes(effective).size();
		List<String> dfe = Ssda903Rules.dfeCodes(effective);
		if (held < dfe.size()) {
			notes.add("Assure holds " + held + " of the DfE's SSDA903 rules so far, of " + dfe.size() + " in "
					+ ReturnValidation.yearLabel(effective)
					+ " (docs/validation.md lists them); the others are not checked");
		}
		return new ValidationReport(Ssda903Rules.SOURCE, names, context.collectionYear(),
				Ssda903Rules.book().effectiveYear(context.collectionYear()),
				Ssda903Rules.book().rules(context.collectionYear()).size(), validation.children(),
				findings.violations(), notes);
	}

	/**
	 * The collection year a header's reference date names: that of the 31 March on or
	 * after it.
	 */
	private static int yearOf(Row header, String fileName) {
		LocalDate reference = header.date("ReferenceDate");
		if (reference == null) {
			throw new ImportFailed(fileName + ": the header gives no readable ReferenceDate ("
					+ header.text("ReferenceDate") + "); say which collection year to check it for (--year 2025-26)");
		}
		return (reference.getMonthValue() <= 3) ? reference.getYear() : reference.getYear() + 1;
	}

}
