package org.assure.indicators.web;

import java.math.BigDecimal;
import java.net.URI;

import org.assure.indicators.AgencyReturn;
import org.assure.indicators.ReturnChannel;
import org.assure.indicators.ReturnSubmission;
import org.assure.indicators.Returns;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/returns}: an agency's tool (with the agency's API token) or a
 * signed-in data lead or board manager submits a return. The rules are the form's; a
 * broken rule is a 400 naming each field, and nothing is stored.
 */
@RestController
class ReturnsApiController {

	private final Returns returns;

	ReturnsApiController(Returns returns) {
		this.returns = returns;
	}

	@PostMapping("/api/v1/returns")
	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	ResponseEntity<AgencyReturn> submit(@AuthenticationPrincipal AssureUser user,
			@RequestBody(required = false) @Nullable ReturnRequest request) {
		if (request == null || request.indicator() == null || request.period() == null) {
			throw new IllegalArgumentException(
					"Send JSON with at least indicator, period and value (or numerator and denominator)");
		}
		Long scope = user.agencyScope(Resource.CASE_DATA, Operation.WRITE);
		Long agency = (request.agency() != null) ? request.agency() : scope;
		if (agency == null) {
			throw new IllegalArgumentException("Give the agency's id");
		}
		if (scope != null && !scope.equals(agency)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"You may return figures only for your own agency");
		}
		AgencyReturn stored = this.returns.submit(user.requirePartnershipId(),
				new ReturnSubmission(request.indicator(), agency, request.period(), request.numerator(),
						request.denominator(), request.value(), (request.reason() != null) ? request.reason() : "",
						(request.outsideLimitsReason() != null) ? request.outsideLimitsReason() : "",
						ReturnChannel.API),
				user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + stored.indicatorCode() + "/judgement"))
			.body(stored);
	}

	/**
	 * A return as sent.
	 *
	 * @param indicator the indicator's code
	 * @param agency the agency's id (a token's or data lead's own agency when left out)
	 * @param period the period's code, such as 2014-07
	 * @param numerator the count, or the part of a percentage
	 * @param denominator the whole of a percentage
	 * @param value the value as reported (its decimals are its precision)
	 * @param reason why a figure already returned is resubmitted
	 * @param outsideLimitsReason why a value outside the earlier limits is right
	 */
	record ReturnRequest(@Nullable String indicator, @Nullable Long agency, @Nullable String period,
			@Nullable Long numerator, @Nullable Long denominator, @Nullable BigDecimal value, @Nullable String reason,
			@Nullable String outsideLimitsReason) {
	}

}
