package org.assure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

/**
 * Every controller method says who may call it: {@code @PreAuthorize} on the method or
 * its class. The shell refuses at run time what slips past this rule.
 */
class ControllerAuthorisationUnitTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.assure");

	@Test
	void everyControllerMethodIsAuthorised() {
		methods().that(areRequestHandlers())
			.should(beAuthorised())
			.as("every controller method is authorised with @PreAuthorize")
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
		return new ArchCondition<>("be annotated with @PreAuthorize, or be in a class that is") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean authorised = method.isAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
				if (!authorised) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " does not say who may call it"));
				}
			}
		};
	}

}
