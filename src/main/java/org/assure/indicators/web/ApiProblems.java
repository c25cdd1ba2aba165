package org.assure.indicators.web;

import org.assure.indicators.InvalidReturnException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request the indicators API cannot answer (a series too short, a period that is not
 * one) is answered 400 with the reason, never 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class, annotations = RestController.class)
class ApiProblems {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The request cannot be answered");
		return problem;
	}

	@ExceptionHandler(InvalidReturnException.class)
	ProblemDetail invalidReturn(InvalidReturnException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The return breaks "
				+ ex.problems().size() + ((ex.problems().size() == 1) ? " rule" : " rules") + "; nothing was stored");
		problem.setTitle("The return is not valid");
		problem.setProperty("errors", new java.util.TreeMap<>(ex.problems()));
		return problem;
	}

}
