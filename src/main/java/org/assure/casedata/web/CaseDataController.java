package org.assure.casedata.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.FindingRow;
import org.assure.casedata.ImportBatch;
import org.assure.casedata.ImportBatches;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportSource;
import org.assure.casedata.quality.CodeLists;
import org.assure.casedata.quality.Severity;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Exports;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.CsvCells;
import org.assure.shell.ExportFormat;
import org.assure.shell.FormErrors;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Case data: the batches imported, a new import with its progress, and each batch's
 * data-quality report. For board managers, administrators and agency data leads; a data
 * lead sees and imports only the agency's own data.
 */
@Controller
@RequestMapping("/casedata")
class CaseDataController {

	static final int PAGE_SIZE = 100;

	private final ImportBatches batches;

	private final ImportJobs jobs;

	private final AccessLog accessLog;

	private final ReturnChecks checks;

	private final WorkingDays workingDays;

	private final org.assure.casedata.internal.KeptReturns keptReturns;

	private final org.assure.casedata.internal.ReferenceTables referenceTables;

	private final Exports exports;

	CaseDataController(ImportBatches batches, ImportJobs jobs, AccessLog accessLog, ReturnChecks checks,
			WorkingDays workingDays, org.assure.casedata.internal.KeptReturns keptReturns,
			org.assure.casedata.internal.ReferenceTables referenceTables, Exports exports) {
		this.exports = exports;
		this.keptReturns = keptReturns;
		this.referenceTables = referenceTables;
		this.batches = batches;
		this.jobs = jobs;
		this.accessLog = accessLog;
		this.checks = checks;
		this.workingDays = workingDays;
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping
	String batches(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("batches", this.batches.of(user.requirePartnershipId(), scope(user)));
		return "casedata/batches";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal AssureUser user, Model model) {
		String authority = this.referenceTables.authority(user.requirePartnershipId());
		return form(model, FormErrors.none(), "", "", (authority != null) ? authority : "");
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	@PostMapping("/import")
	String startImport(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "source", defaultValue = "") String source,
			@RequestParam(name = "period", defaultValue = "") String period,
			@RequestParam(name = "action", defaultValue = "import") String action,
			@RequestParam(name = "authority", defaultValue = "") String authority,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model)
			throws IOException {
		FormErrors errors = FormErrors.none();
		Optional<ImportSource> chosen = ImportSource.fromCode(source);
		boolean checkOnly = "check".equals(action);
		if (chosen.isEmpty()) {
			errors.add("source", "Select the kind of file");
		}
		else if (checkOnly && chosen.get() != ImportSource.CIN_CENSUS && chosen.get() != ImportSource.SSDA903) {
			errors.add("source", "Only a CIN census or SSDA903 return can be checked against the DfE's rules: they are "
					+ "the DfE's returns");
		}
		else if (checkOnly && chosen.get() == ImportSource.SSDA903 && period.isBlank()) {
			errors.add("period", "An SSDA903 return does not say its year: give the period, such as 2024-25");
		}
		List<MultipartFile> uploads = (files != null) ? files.stream().filter((file) -> !file.isEmpty()).toList()
				: List.of();
		if (uploads.isEmpty()) {
			errors.add("files", "Select the file or files to import");
		}
		if (!period.isBlank()) {
			try {
				org.assure.casedata.BatchPeriod.parse(period);
			}
			catch (IllegalArgumentException ex) {
				errors.add("period", ex.getMessage());
			}
		}
		if (!authority.isBlank()) {
			try {
				new org.assure.casedata.validation.ReferenceData(authority, null, null);
			}
			catch (IllegalArgumentException ex) {
				errors.add("authority", ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			return form(model, errors, source, period, authority);
		}
		if (!authority.isBlank()) {
			this.referenceTables.authority(user.requirePartnershipId(), authority);
		}
		if (checkOnly) {
			return check(user, chosen.get(), uploads, period, model);
		}
		Path folder = Files.createTempDirectory("assure-upload");
		List<ImportFile> saved = new ArrayList<>();
		for (MultipartFile upload : uploads) {
			String name = safeName(upload.getOriginalFilename());
			Path target = folder.resolve(saved.size() + "-" + name);
			upload.transferTo(target);
			saved.add(new ImportFile(name, target));
		}
		String id = this.jobs.start(user.requirePartnershipId(), scope(user), chosen.get(),
				period.isBlank() ? null : period, folder, saved, user.getUsername());
		return "redirect:/casedata/imports/" + id;
	}

	/**
	 * Checks the uploaded files against the DfE's rules and keeps nothing but the report.
	 */
	private String check(AssureUser user, ImportSource source, List<MultipartFile> uploads, String period, Model model)
			throws IOException {
		java.time.LocalDate end = period.isBlank() ? null : org.assure.casedata.BatchPeriod.parse(period).end();
		Integer year = (end == null) ? null : end.getYear() + ((end.getMonthValue() <= 3) ? 0 : 1);
		ReturnValidator validator = new ReturnValidator(this.workingDays, CodeLists.dfe());
		List<ValidationReport> reports = new ArrayList<>();
		if (source == ImportSource.SSDA903 && year != null) {
			Path folder = Files.createTempDirectory("assure-check");
			try {
				List<ImportFile> tables = new ArrayList<>();
				for (MultipartFile upload : uploads) {
					Path target = folder.resolve(tables.size() + ".csv");
					upload.transferTo(target);
					tables.add(new ImportFile(safeName(upload.getOriginalFilename()), target));
				}
				reports.add(validator.ssda903(tables, year,
						this.keptReturns.lastYear(user.requirePartnershipId(), scope(user), year),
						this.referenceTables.forReturn(user.requirePartnershipId(), tables), (child) -> {
						}));
			}
			catch (ImportFailed ex) {
				FormErrors errors = FormErrors.none();
				errors.add("files", "Cannot check the return: " + ex.getMessage());
				return form(model, errors, source.code(), period);
			}
			finally {
				try (var paths = Files.walk(folder)) {
					paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
		}
		for (MultipartFile upload : (source == ImportSource.SSDA903) ? List.<MultipartFile>of() : uploads) {
			String name = safeName(upload.getOriginalFilename());
			try (java.io.InputStream in = new java.io.BufferedInputStream(upload.getInputStream(), 1 << 16)) {
				reports.add(validator.cinCensus(in, name, year));
			}
			catch (ImportFailed ex) {
				FormErrors errors = FormErrors.none();
				errors.add("files", "Cannot check " + name + ": " + ex.getMessage());
				return form(model, errors, ImportSource.CIN_CENSUS.code(), period);
			}
		}
		long partnershipId = user.requirePartnershipId();
		String id = this.checks.keep(partnershipId, user.getUsername(), reports);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.READ, "return-check", id)
			.withDetail("checked " + reports.size() + " file(s) against the DfE's rules without importing"));
		return "redirect:/casedata/checks/" + id;
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/checks/{checkId}")
	String checkReport(@AuthenticationPrincipal AssureUser user, @PathVariable String checkId, Model model) {
		ReturnChecks.Check check = this.checks.find(checkId, user.requirePartnershipId(), user.getUsername())
			.orElseThrow(NotFound::new);
		model.addAttribute("check", check);
		model.addAttribute("byChild", check.byChild(20));
		model.addAttribute("shown", CHECK_FINDINGS_SHOWN);
		return "casedata/check";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/checks/{checkId}/findings.csv")
	void checkCsv(@AuthenticationPrincipal AssureUser user, @PathVariable String checkId, HttpServletResponse response)
			throws IOException {
		ReturnChecks.Check check = this.checks.find(checkId, user.requirePartnershipId(), user.getUsername())
			.orElseThrow(NotFound::new);
		this.exports.check(user, ExportFormat.CSV);
		this.exports.log(user, ExportFormat.CSV, "return-check", checkId);
		response.setContentType(ExportFormat.CSV.mediaType());
		response.setHeader("Content-Disposition", Exports.disposition("dfe-check-findings", ExportFormat.CSV));
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write("# " + this.exports.stamp(user, false) + "\r\n");
		out.write(CsvCells.row(List.of("file", "code", "severity", "message", "child", "table", "row", "field",
				"detail", "location")));
		for (ValidationReport report : check.reports()) {
			for (Violation v : report.violations()) {
				out.write(CsvCells.row(java.util.Arrays.asList(report.file(), v.code(),
						v.severity().name().toLowerCase(java.util.Locale.ROOT), v.message(), v.child(), v.table(),
						String.valueOf(v.row()), v.field(), v.detail(), v.location().place())));
			}
		}
		out.flush();
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/imports/{jobId}")
	String job(@AuthenticationPrincipal AssureUser user, @PathVariable String jobId, Model model) {
		model.addAttribute("job",
				this.jobs.find(jobId, user.requirePartnershipId(), scope(user)).orElseThrow(NotFound::new));
		return "casedata/import-job";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/imports/{jobId}/progress")
	String progress(@AuthenticationPrincipal AssureUser user, @PathVariable String jobId, Model model) {
		model.addAttribute("job",
				this.jobs.find(jobId, user.requirePartnershipId(), scope(user)).orElseThrow(NotFound::new));
		return "casedata/import-job :: progress";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/batches/{batchId}")
	String batch(@AuthenticationPrincipal AssureUser user, @PathVariable long batchId,
			@RequestParam(name = "rule", required = false) @Nullable String rule,
			@RequestParam(name = "child", required = false) @Nullable String child,
			@RequestParam(name = "field", required = false) @Nullable String field,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		long partnershipId = user.requirePartnershipId();
		ImportBatch batch = this.batches.find(partnershipId, batchId, scope(user)).orElseThrow(NotFound::new);
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, "import-batch", String.valueOf(batchId)));
		int pageNumber = Math.max(0, page);
		List<FindingRow> findings = this.batches.findings(partnershipId, batchId, blankToNull(rule), blankToNull(child),
				blankToNull(field), pageNumber, PAGE_SIZE);
		Map<String, Long> byRule = this.batches.findingsByRule(partnershipId, batchId);
		model.addAttribute("batch", batch);
		model.addAttribute("byRule", byRule);
		model.addAttribute("rules", RuleLine.of(batch, byRule));
		model.addAttribute("dfeRuleSet", RuleLine.dfeRuleSet(batch).orElse(null));
		model.addAttribute("dfeErrors", RuleLine.count(byRule, batch, Severity.ERROR));
		model.addAttribute("dfeQueries", RuleLine.count(byRule, batch, Severity.QUERY));
		model.addAttribute("notes", this.batches.notes(partnershipId, batchId));
		model.addAttribute("byChild", this.batches.findingsByChild(partnershipId, batchId, 20));
		model.addAttribute("byField", this.batches.findingsByField(partnershipId, batchId, 20));
		model.addAttribute("findings", findings);
		model.addAttribute("rule", blankToNull(rule));
		model.addAttribute("child", blankToNull(child));
		model.addAttribute("field", blankToNull(field));
		model.addAttribute("page", pageNumber);
		model.addAttribute("hasNext", findings.size() == PAGE_SIZE);
		return "casedata/batch";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/batches/{batchId}/findings.csv")
	void findingsCsv(@AuthenticationPrincipal AssureUser user, @PathVariable long batchId, HttpServletResponse response)
			throws IOException {
		long partnershipId = user.requirePartnershipId();
		ImportBatch batch = this.batches.find(partnershipId, batchId, scope(user)).orElseThrow(NotFound::new);
		this.exports.check(user, ExportFormat.CSV);
		this.exports.log(user, ExportFormat.CSV, "import-batch", String.valueOf(batchId));
		response.setContentType(ExportFormat.CSV.mediaType());
		response.setHeader("Content-Disposition",
				Exports.disposition("findings-batch-" + batch.batchId() + "-" + batch.periodCode(), ExportFormat.CSV));
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write("# Data-quality findings of batch " + batch.batchId() + " (" + batch.source() + " "
				+ batch.periodCode() + "). " + this.exports.stamp(user, false) + "\r\n");
		out.write(CsvCells.row(List.of("rule", "rule set", "severity", "rule message", "file", "location", "child",
				"field", "detail")));
		Map<String, RuleLine> lines = RuleLine.catalogue(batch);
		this.batches.eachFinding(partnershipId, batchId, (finding) -> {
			RuleLine line = lines.get(finding.ruleCode());
			try {
				out.write(CsvCells.row(java.util.Arrays.asList(finding.ruleCode(), (line != null) ? line.origin() : "",
						finding.severity(), (line != null) ? line.title() : "", finding.fileName(), finding.location(),
						finding.childKey(), finding.field(), finding.message())));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	/** How many findings the check's page lists before pointing to the download. */
	static final int CHECK_FINDINGS_SHOWN = 200;

	private String form(Model model, FormErrors errors, String source, String period) {
		return form(model, errors, source, period, "");
	}

	private String form(Model model, FormErrors errors, String source, String period, String authority) {
		model.addAttribute("authority", authority);
		model.addAttribute("errors", errors);
		model.addAttribute("sources", ImportSource.values());
		model.addAttribute("source", source);
		model.addAttribute("period", period);
		return "casedata/import";
	}

	private static @Nullable Long scope(AssureUser user) {
		return user.agencyScope(Resource.CASE_DATA, Operation.READ);
	}

	private static String safeName(@Nullable String original) {
		String name = (original != null) ? Path.of(original).getFileName().toString() : "upload";
		name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
		return name.isBlank() ? "upload" : name;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("Not found in this partnership");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem caseDataLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Case data", "/casedata", Resource.CASE_DATA,
					Operation.READ);
		}

	}

}
