package org.assure.shell.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a request that reaches an Assure controller method which does not say,
 * with {@link PreAuthorize}, who may call it, is refused with 403. The test suite checks
 * the same rule statically, so this guard is the last line, not the first.
 */
class AuthorisationRequiredInterceptor implements HandlerInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(AuthorisationRequiredInterceptor.class);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !isAssureController(method)) {
			return true;
		}
		if (isAuthorised(method)) {
			return true;
		}
		logger.error("Refused {} {}: {} does not declare who may call it", request.getMethod(), request.getRequestURI(),
				method.getShortLogMessage());
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
		return false;
	}

	static boolean isAssureController(HandlerMethod method) {
		return method.getBeanType().getName().startsWith("org.assure.");
	}

	static boolean isAuthorised(HandlerMethod method) {
		return method.hasMethodAnnotation(PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
	}

}
