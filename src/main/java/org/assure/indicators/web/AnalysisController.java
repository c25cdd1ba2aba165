package org.assure.indicators.web;

import org.assure.indicators.analysis.SpcRequest;
import org.assure.indicators.analysis.SpcResult;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/analysis/spc}: statistical process control for any series, for a
 * signed-in user. It reads and stores nothing.
 */
@RestController
class AnalysisController {

	@PostMapping("/api/v1/analysis/spc")
	@PreAuthorize("isAuthenticated()")
	SpcResult spc(@RequestBody SpcRequest request) {
		return request.analyse();
	}

}
