package org.assure.indicators;

import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalogue: shipped as data, edited by a board manager into new versions that keep
 * the old ones, refused when a field breaks a rule, and separate per partnership.
 */
@AssureIntegrationTest
class CatalogueIntegrationTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	Partnerships partnerships;

	@Test
	void shipsEveryIndicatorWithItsMetadata() {
		assertThat(this.catalogue.shipped()).hasSize(56)
			.allSatisfy((indicator) -> assertThat(Catalogue.problems(indicator)).isEmpty())
			.allSatisfy((indicator) -> assertThat(indicator.reference()).isNotBlank());
		assertThat(this.catalogue.shipped()).extracting(Indicator::code).doesNotHaveDuplicates();
	}

	@Test
	void anEditIsANewVersionAndTheOldOneStays() {
		long partnership = this.partnerships.create("c" + Long.toString(System.nanoTime(), 36), "Catalogue", null, null)
			.id();
		Indicator shipped = this.catalogue.find(partnership, "re-referrals-12m").orElseThrow();
		assertThat(shipped.version()).isEqualTo(1);
		Indicator saved = this.catalogue.save(partnership, withTarget(shipped, 22.0, "Board, June 2015"), "manager",
				"Target agreed at the June board");
		assertThat(saved.version()).isEqualTo(2);
		assertThat(saved.target()).isEqualTo(22.0);
		assertThat(saved.changedBy()).isEqualTo("manager");
		assertThat(this.catalogue.history(partnership, "re-referrals-12m")).extracting(Indicator::version)
			.containsExactly(2, 1);
		long other = this.partnerships.create("d" + Long.toString(System.nanoTime(), 36), "Other", null, null).id();
		assertThat(this.catalogue.find(other, "re-referrals-12m").orElseThrow().target()).isNull();
	}

	@Test
	void refusesATargetWithoutWhoSetItAndAnEditWithoutAReason() {
		long partnership = this.partnerships.create("e" + Long.toString(System.nanoTime(), 36), "Catalogue", null, null)
			.id();
		Indicator shipped = this.catalogue.find(partnership, "re-referrals-12m").orElseThrow();
		assertThatExceptionOfType(Catalogue.InvalidIndicatorException.class)
			.isThrownBy(() -> this.catalogue.save(partnership, withTarget(shipped, 140.0, ""), "manager", ""))
			.satisfies((ex) -> assertThat(ex.problems()).containsKeys("target", "targetSetBy", "reason"));
		assertThat(this.catalogue.history(partnership, "re-referrals-12m")).hasSize(1);
	}

	private static Indicator withTarget(Indicator indicator, double target, String setBy) {
		return new Indicator(indicator.code(), indicator.version(), indicator.name(), indicator.theme(),
				indicator.source(), indicator.unit(), indicator.better(), indicator.frequency(), indicator.definition(),
				indicator.numerator(), indicator.denominator(), indicator.reference(), target, setBy, 2.0,
				indicator.dataOwner(), indicator.accountablePerson(), indicator.returnAgencyId(),
				indicator.dataQualityNote(), indicator.baselinePeriod(), indicator.smallNumberThreshold(),
				indicator.staleAfterDays(), "", null, "");
	}

}
