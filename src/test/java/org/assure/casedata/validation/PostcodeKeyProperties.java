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
 * that differ in a letter or digit have different keys.
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
