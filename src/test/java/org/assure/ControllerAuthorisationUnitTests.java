package org.assure;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.Allowed;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every controller method says who may call it: {@link Allowed} (an operation on a
 * resource, decided by {@link org.assure.partnership.Grants}) on the method or its class,
 * or, for the few pages that belong to no resource (signing in, the user's own account,
 * the tools every member uses), {@code @PreAuthorize} with one of {@link #UNRESOURCED}.
 * No controller decides by role name, and no code outside the partnership module asks for
 * a role: permissions are granted in one table. The shell refuses at run time what slips
 * past these rules.
 */
class ControllerAuthorisationUnitTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.assure");

	/** The expressions allowed for pages that belong to no resource. */
	static final Set<String> UNRESOURCED = Set.of("permitAll()", "isAuthenticated()",
			"hasAuthority('PARTNERSHIP_MEMBER')");

	@Test
	void everyControllerMethodIsAuthorised() {
		methods().that(areRequestHandlers())
			.should(beAuthorised())
			.as("every controller method is authorised with @Allowed, or @PreAuthorize for a page of no resource")
			.check(CLASSES);
	}

	@Test
	void noCodeOutsideThePartnershipModuleDecidesByRole() {
		noClasses().that()
			.resideOutsideOfPackage("org.assure.partnership..")
			.should()
			.callMethod(AssureUser.class, "hasRole", Role.class)
			.as("permissions are granted in Grants: code asks AssureUser.can(resource, operation), not for a role")
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaMethod> areRequestHandlers() {
		return DescribedPredicate.describe("are request handlers",
				(method) -> (method.getOwner().isAnnotatedWith(Controller.class)
						|| method.getOwner().isAnnotatedWith(RestController.class))
						&& (method.isAnnotatedWith(GetMapping.class) || method.isAnnotatedWith(PostMapping.class)
								|| method.isAnnotatedWith(PutMapping.class)
								|| method.isAnnotatedWith(DeleteMapping.class)
								|| method.isAnnotatedWith(PatchMapping.class)
								|| method.isAnnotatedWith(RequestMapping.class)));
	}

	private static ArchCondition<JavaMethod> beAuthorised() {
		return new ArchCondition<>(
				"be annotated with @Allowed or an unresourced @PreAuthorize, or be in a class that is") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean onMethod = method.isAnnotatedWith(Allowed.class) || method.isAnnotatedWith(PreAuthorize.class);
				String problem = problem(onMethod ? method : method.getOwner());
				if (problem != null) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " " + problem));
				}
			}
		};
	}

	private static @Nullable String problem(HasAnnotations<?> element) {
		if (element.isAnnotatedWith(Allowed.class)) {
			return null;
		}
		if (element.isAnnotatedWith(PreAuthorize.class)) {
			String expression = element.getAnnotationOfType(PreAuthorize.class).value();
			return UNRESOURCED.contains(expression) ? null
					: "decides with '" + expression + "': say what it needs with @Allowed instead";
		}
		return "does not say who may call it";
	}

}
