package org.assure.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What a controller method (or every method of a controller) needs: an operation on a
 * resource, as far as a scope reaches. Whether the caller holds it is decided by the
 * partnership module's {@code Grants}; a caller who does not is refused before the method
 * runs.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@grants.allows(authentication, '{resource}', '{operation}', '{scope}')")
public @interface Allowed {

	/**
	 * What.
	 * @return the resource
	 */
	Resource resource();

	/**
	 * Doing what.
	 * @return the operation
	 */
	Operation operation();

	/**
	 * How far the caller's grant must reach: the own agency (the default) lets in a data
	 * lead, whose queries are then limited to the agency; the partnership does not.
	 * @return the scope required
	 */
	Scope scope() default Scope.OWN_AGENCY;

}
