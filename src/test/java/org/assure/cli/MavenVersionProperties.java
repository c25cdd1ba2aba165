package org.assure.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maven's order of versions is an order: every version equals itself, the order of two
 * versions reverses with their places, it is transitive, and adding ".0" changes nothing;
 * a higher number in any place makes a later version.
 */
class MavenVersionProperties {

	@Property(tries = 500)
	void isAnOrder(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
		assertThat(MavenVersion.compare(a, a)).isZero();
		assertThat(Integer.signum(MavenVersion.compare(a, b))).isEqualTo(-Integer.signum(MavenVersion.compare(b, a)));
		if (MavenVersion.compare(a, b) <= 0 && MavenVersion.compare(b, c) <= 0) {
			assertThat(MavenVersion.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
		}
	}

	@Property(tries = 300)
	void trailingZerosCountForNothing(@ForAll("releases") String version) {
		assertThat(MavenVersion.compare(version + ".0", version)).isZero();
		assertThat(MavenVersion.compare(version + ".0.0", version)).isZero();
	}

	@Property(tries = 300)
	void aHigherNumberIsLater(@ForAll("releases") String version) {
		String[] parts = version.split("\\.");
		for (int i = 0; i < parts.length; i++) {
			String[] later = parts.clone();
			later[i] = String.valueOf(Long.parseLong(later[i]) + 1);
			assertThat(MavenVersion.compare(String.join(".", later), version)).as(version).isPositive();
			assertThat(MavenVersion.compare(version + "-rc1", String.join(".", later))).isNegative();
		}
	}

	@Provide
	Arbitrary<String> releases() {
		return Arbitraries.integers()
			.between(0, 120)
			.map(String::valueOf)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map((parts) -> String.join(".", parts));
	}

	@Provide
	Arbitrary<String> versions() {
		Arbitrary<String> qualifier = Arbitraries.of("", "-alpha1", "-beta2", "-M3", "-RC1", "-rc2", "-SNAPSHOT",
				".RELEASE", ".Final", "-sp1", "-jre", "-android", "-1", ".GA");
		return Combinators.combine(releases(), qualifier).as((release, suffix) -> release + suffix);
	}

}
