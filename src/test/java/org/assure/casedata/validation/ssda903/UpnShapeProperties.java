package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rule 168's test of a UPN's shape (written by hand, as it runs on every child's header)
 * agrees with the regular expression of the shape, over texts that are mostly UPN-like
 * and over UPNs with one character changed.
 */
class UpnShapeProperties {

	private static final Pattern SHAPE = Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

	@Property(tries = 3000)
	void theHandWrittenTestAgreesWithTheExpression(@ForAll("texts") String text) {
		assertThat(Ssda903Rules.upnShape(text)).as(text).isEqualTo(SHAPE.matcher(text).matches());
	}

	@Property(tries = 3000)
	void aUpnWithOneCharacterChangedIsJudgedAsTheExpressionJudgesIt(@ForAll("upns") String upn,
			@ForAll("places") int place, @ForAll("characters") char character) {
		assertThat(Ssda903Rules.upnShape(upn)).as(upn).isTrue();
		String changed = upn.substring(0, place % upn.length()) + character + upn.substring(place % upn.length() + 1);
		assertThat(Ssda903Rules.upnShape(changed)).as(changed).isEqualTo(SHAPE.matcher(changed).matches());
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().withChars("AIOSUNZa019 ").ofMinLength(0).ofMaxLength(14),
				Arbitraries.strings().withChars("UN0156n").ofLength(3));
	}

	@Provide
	Arbitrary<String> upns() {
		Arbitrary<Character> first = Arbitraries.chars()
			.range('A', 'Z')
			.filter((c) -> c != 'I' && c != 'O' && c != 'S');
		Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofLength(11);
		Arbitrary<Character> last = Arbitraries.oneOf(Arbitraries.chars().range('0', '9'),
				Arbitraries.chars().range('A', 'Z'));
		return Combinators.combine(first, digits, last).as((f, d, l) -> f + d + l);
	}

	@Provide
	Arbitrary<Integer> places() {
		return Arbitraries.integers().between(0, 12);
	}

	@Provide
	Arbitrary<Character> characters() {
		return Arbitraries.of('A', 'I', 'O', 'S', 'Z', 'a', '0', '9', ' ', '/', '\u0661');
	}

}
