package org.assure.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.partnership.Role;
import org.assure.reporting.lint.Finding;
import org.assure.reporting.lint.LintDocument;
import org.assure.reporting.lint.LintLine;
import org.assure.reporting.lint.LintSettings;
import org.assure.reporting.lint.Linter;
import org.assure.reporting.lint.ReportText;
import org.assure.reporting.lint.Severity;
import org.assure.reporting.lint.UnreadableReportException;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormErrors;
import org.assure.shell.NavigationItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report linter on the web: a page to upload a report and read it with each finding
 * marked where it is, and {@code POST /api/v1/lint} for the same findings as JSON.
 */
@Controller
class LintController {

	private final Linter linter;

	private final LintSettings settings;

	LintController(Linter linter, LintSettings settings) {
		this.linter = linter;
		this.settings = settings;
	}

	@GetMapping("/reports/lint")
	@PreAuthorize("hasAuthority('PARTNERSHIP_MEMBER')")
	String form(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "reporting/lint";
	}

	@PostMapping("/reports/lint")
	@PreAuthorize("hasAuthority('PARTNERSHIP_MEMBER')")
	String lint(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
		FormErrors errors = FormErrors.none();
		model.addAttribute("errors", errors);
		if (file == null || file.isEmpty()) {
			errors.add("file", "Choose the report to check: a text, Word, PDF or web page file");
			return "reporting/lint";
		}
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "report.txt";
		LintDocument document;
		try {
			document = ReportText.read(name, file.getBytes(), this.settings);
		}
		catch (UnreadableReportException ex) {
			errors.add("file", ex.getMessage());
			return "reporting/lint";
		}
		catch (IOException ex) {
			errors.add("file", name + ": the upload could not be read; try again");
			return "reporting/lint";
		}
		List<Finding> findings = this.linter.lint(document);
		Map<Integer, List<Finding>> byLine = new LinkedHashMap<>();
		findings.forEach((finding) -> byLine.computeIfAbsent(finding.line(), (line) -> new ArrayList<>()).add(finding));
		model.addAttribute("name", name);
		model.addAttribute("findings", findings);
		model.addAttribute("byLine", byLine);
		model.addAttribute("lines", document.lines().stream().map(LintLine::text).toList());
		model.addAttribute("errorCount", findings.stream().filter((f) -> f.severity() == Severity.error).count());
		return "reporting/lint";
	}

	@PostMapping("/api/v1/lint")
	@PreAuthorize("hasAuthority('PARTNERSHIP_MEMBER')")
	@ResponseBody
	ResponseEntity<?> api(@RequestParam(name = "file", required = false) @Nullable MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return problem("Send the report as the multipart part 'file'");
		}
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "report.txt";
		try {
			return ResponseEntity.ok(this.linter.lint(ReportText.read(name, file.getBytes(), this.settings)));
		}
		catch (UnreadableReportException ex) {
			return problem(ex.getMessage());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("The report cannot be read");
		return ResponseEntity.badRequest().body(problem);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem lintLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Check a report's figures", "/reports/lint",
					java.util.Arrays.stream(Role.values())
						.map(Role::name)
						.collect(java.util.stream.Collectors.toUnmodifiableSet()));
		}

	}

}
