package org.assure.casedata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A postcode's key, over generated postcodes as returns write them: the same postcode in
 * any case and with any spacing has one key, the key is its own key, and two postcodes
 * that differ in a letter or digit have different keys; two texts are found to be the
 * same postcode, without making their keys, exactly when their keys are equal.
 */
class PostcodeKeyProperties {

	@Property(tries = 500)
	void casesAndSpacesDoNotChangeAPostcodesKey(@ForAll("postcodes") String postcode, @ForAll("spacing") String space,
			@ForAll boolean lower) {
		String outward = postcode.substring(0, postcode.indexOf(' '));
		String inward = postcode.substring(postcode.indexOf(' ') + 1);
		String written = space + outward + space + inward + space;
		if (lower) {
			written = written.toLowerCase(Locale.ROOT);
		}
		String key = PostcodeDirectory.key(postcode);
		assertThat(PostcodeDirectory.key(written)).isEqualTo(key);
		assertThat(PostcodeDirectory.key(key)).isEqualTo(key);
		assertThat(key).doesNotContainAnyWhitespaces().isUpperCase();
	}

	@Property(tries = 500)
	void differentPostcodesHaveDifferentKeys(@ForAll("postcodes") String first, @ForAll("postcodes") String second) {
		String a = first.replace(" ", "");
		String b = second.replace(" ", "");
		assertThat(PostcodeDirectory.key(first).equals(PostcodeDirectory.key(second))).isEqualTo(a.equals(b));
	}

	@Property(tries = 1000)
	void twoPostcodesAreTheSameWhenTheirKeysAre(@ForAll("postcodes") String first, @ForAll("spacing") String space,
			@ForAll boolean lower, @ForAll("postcodes") String second, @ForAll boolean same) {
		String other = same ? space + first.replace(" ", space) : second;
		String written = lower ? other.toLowerCase(Locale.ROOT) : other;
		assertThat(PostcodeDirectory.sameKey(first, written))
			.isEqualTo(PostcodeDirectory.key(first).equals(PostcodeDirectory.key(written)));
		assertThat(PostcodeDirectory.sameKey(written, first)).isEqualTo(PostcodeDirectory.sameKey(first, written));
	}

	@Property(tries = 1000)
	void anyTwoTextsAreTheSamePostcodeWhenTheirKeysAre(@ForAll("texts") String first, @ForAll("texts") String second) {
		assertThat(PostcodeDirectory.sameKey(first, second))
			.isEqualTo(PostcodeDirectory.key(first).equals(PostcodeDirectory.key(second)));
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings().withChars("aAbB1 \t\u00A0\u2003ß").ofMaxLength(6);
	}

	@Provide
	Arbitrary<String> postcodes() {
		Arbitrary<String> area = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
		Arbitrary<Integer> district = Arbitraries.integers().between(1, 99);
		Arbitrary<Integer> sector = Arbitraries.integers().between(0, 9);
		Arbitrary<String> unit = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
		return Combinators.combine(area, district, sector, unit).as((a, d, s, u) -> a + d + " " + s + u);
	}

	@Provide
	Arbitrary<String> spacing() {
		return Arbitraries.of("", " ", "  ", "\t");
	}

}
