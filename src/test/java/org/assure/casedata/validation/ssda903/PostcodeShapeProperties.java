package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assure.casedata.validation.PostcodeDirectory;

/**
 * Rule 392c's test of a postcode's shape (written by hand, as it runs on every postcode
 * of a return) agrees with the regular expression of the shape, over generated texts that
 * are mostly postcode-like: letters, digits and spaces, of two to ten characters.
 */
class PostcodeShapeProperties {

	private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

	@Property(tries = 3000)
	void theHandWrittenTestAgreesWithTheExpression(@ForAll("texts") String text) {
		boolean expected = SHAPE.matcher(PostcodeDirectory.key(text)).matches();
		assertThat(PlacementRules.postcodeShape(text)).as(text).isEqualTo(expected);
	}

	@Property(tries = 1000)
	void everyPostcodeOfTheShapeIsTakenInAnyCase(@ForAll("postcodes") String postcode, @ForAll boolean lower) {
		assertThat(PlacementRules.postcodeShape(lower ? postcode.toLowerCase(java.util.Locale.ROOT) : postcode))
			.isTrue();
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings().withChars("ABLEZ019 ale").ofMinLength(2).ofMaxLength(10);
	}

	@Provide
	Arbitrary<String> postcodes() {
		Arbitrary<String> area = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
		Arbitrary<String> district = Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map(String::valueOf),
				Arbitraries.integers().between(0, 9).map((digit) -> digit + "W"));
		Arbitrary<String> inward = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
		return net.jqwik.api.Combinators
			.combine(area, district, Arbitraries.integers().between(0, 9), inward, Arbitraries.of("", " ", "  "))
			.as((a, d, s, u, space) -> a + d + space + s + u);
	}

}
