package org.assure.casedata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.assure.casedata.ImportFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference data some SSDA903 rules need, read from the files a data lead gives: an
 * extract of the ONS Postcode Directory (by its column names, in any order, of any
 * edition) and a register of providers; the distance between two postcodes as the DfE's
 * guidance works it out; and a bad file refused with its name, row and column.
 */
class ReferenceDataUnitTests {

	@TempDir
	Path temp;

	private Path file(String name, String... lines) throws IOException {
		return Files.writeString(this.temp.resolve(name), String.join("\n", lines) + "\n");
	}

	@Test
	void theDirectoryPlacesAPostcodeInTheAuthorityForChildrensServices() throws IOException {
		Path onspd = file("ONSPD_NOV_2024_UK.csv", "pcd,pcds,oscty,oslaua,oseast1m,osnrth1m,ctry",
				"LE1  1AA,LE1 1AA,E99999999,E06000016,458000,304000,E92000001",
				"LE9 9ZZ,LE9 9ZZ,E10000018,E07000129,452000,298000,E92000001",
				"CF101AA,CF10 1AA,W99999999,W06000015,318000,176000,W92000004",
				"ZZ1 1ZZ,ZZ1 1ZZ,E99999999,E06000018,,,E92000001");
		PostcodeDirectory directory = PostcodeDirectory.read(onspd, (key) -> !key.equals("ZZ11ZZ"));
		assertThat(directory.size()).as("only the postcodes wanted").isEqualTo(3);
		assertThat(directory.place("le1 1aa").authority()).as("a unitary authority").isEqualTo("E06000016");
		assertThat(directory.place("LE99ZZ").authority()).as("the county of a two-tier area").isEqualTo("E10000018");
		assertThat(directory.place("CF10 1AA").placementAuthority()).isEqualTo("WAL");
		assertThat(directory.place("LE1 1AA").placementAuthority()).isEqualTo("E06000016");
		assertThat(directory.place("ZZ1 1ZZ")).isNull();
		assertThat(directory.place(null)).isNull();
	}

	@Test
	void anUpperTierColumnIsTakenAsItIs() throws IOException {
		Path extract = file("extract.csv", "PCDS,LAD23CD,UTLA23CD,OSEAST1M,OSNRTH1M",
				"LE9 9ZZ,E07000129,E10000018,452000,298000");
		assertThat(PostcodeDirectory.read(extract, (key) -> true).place("LE9 9ZZ").authority()).isEqualTo("E10000018");
	}

	@Test
	void aDistanceIsTheStraightLineInMilesToOneDecimalPlace() {
		PostcodeDirectory.Place home = new PostcodeDirectory.Place("E06000016", 458000, 304000);
		assertThat(PostcodeDirectory.miles(home, new PostcodeDirectory.Place("E06000016", 461000, 300000))).as("5 km")
			.isEqualTo("3.1");
		assertThat(PostcodeDirectory.miles(home, home)).isEqualTo("0.0");
		assertThat(PostcodeDirectory.miles(home, new PostcodeDirectory.Place("E06000016", 458000, 304080)))
			.as("80 metres, 0.0497 miles")
			.isEqualTo("0.0");
		assertThat(PostcodeDirectory.miles(home, new PostcodeDirectory.Place("E06000016", 458000, 304081)))
			.as("81 metres, 0.0503 miles")
			.isEqualTo("0.1");
		assertThat(PostcodeDirectory.miles(home, new PostcodeDirectory.Place("E06000016", null, null))).isNull();
	}

	@Test
	void aFileThatIsNotADirectoryIsRefusedByName() throws IOException {
		Path wrong = file("wrong.csv", "postcode_district,name", "LE1,Leicester");
		assertThatThrownBy(() -> PostcodeDirectory.read(wrong, (key) -> true)).isInstanceOf(ImportFailed.class)
			.hasMessageContaining("wrong.csv")
			.hasMessageContaining("oslaua");
		Path badGrid = file("grid.csv", "pcds,oslaua,oseast1m,osnrth1m", "LE1 1AA,E06000016,458000,304000",
				"LE2 2BB,E06000016,north,300000");
		assertThatThrownBy(() -> PostcodeDirectory.read(badGrid, (key) -> true)).isInstanceOf(ImportFailed.class)
			.hasMessageContaining("grid.csv: row 3, oseast1m: 'north'");
		assertThatThrownBy(() -> PostcodeDirectory.read(this.temp.resolve("absent.csv"), (key) -> true))
			.isInstanceOf(ImportFailed.class)
			.hasMessageContaining("absent.csv: cannot be read");
	}

	@Test
	void theRegisterOfProviders() throws IOException {
		Path register = file("providers.csv", "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,LA,REG_END",
				"SC045099,U1 U2 U3,PR1,LE2 2BB,e06000016,", "SC111111,K2,PR3;PR4,NG1 1AA,,01/09/2024", ",K1,PR4,,,");
		ProviderRegister providers = ProviderRegister.read(register);
		assertThat(providers.size()).as("a row without a URN passed over").isEqualTo(2);
		ProviderRegister.Provider agency = providers.provider(" sc045099 ");
		assertThat(agency.placeCodes()).containsExactlyInAnyOrder("U1", "U2", "U3");
		assertThat(agency.authority()).isEqualTo("E06000016");
		assertThat(agency.registrationEnded()).isNull();
		ProviderRegister.Provider home = providers.provider("SC111111");
		assertThat(home.providerCodes()).isEqualTo(Set.of("PR3", "PR4"));
		assertThat(home.registrationEnded()).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(providers.postcodes()).containsExactlyInAnyOrder("LE22BB", "NG11AA");
		assertThat(providers.provider("SC999999")).isNull();
	}

	@Test
	void aBadRegisterIsRefusedByNameRowAndColumn() throws IOException {
		Path noUrn = file("register.csv", "ID,PLACE_CODES", "SC045099,U1");
		assertThatThrownBy(() -> ProviderRegister.read(noUrn)).isInstanceOf(ImportFailed.class)
			.hasMessageContaining("register.csv")
			.hasMessageContaining("URN column");
		Path badDate = file("dates.csv", "URN,REG_END", "SC045099,", "SC111111,2024-13-01");
		assertThatThrownBy(() -> ProviderRegister.read(badDate)).isInstanceOf(ImportFailed.class)
			.hasMessageContaining("dates.csv: row 3, REG_END: '2024-13-01' is not a date");
	}

	@Test
	void theAuthoritysCodeIsAnOnsCode() {
		assertThat(new ReferenceData(" e06000016 ", null, null).authority()).isEqualTo("E06000016");
		assertThatThrownBy(() -> new ReferenceData("856", null, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'856' is not a local authority's ONS code");
	}

	@Test
	void aProvidersAuthorityIsTheRegistersElseItsPostcodes() {
		PostcodeDirectory directory = PostcodeDirectory
			.of(java.util.Map.of("NG1 1AA", new PostcodeDirectory.Place("E06000018", 457000, 340000)));
		ReferenceData reference = new ReferenceData(null, directory, null);
		assertThat(reference
			.authorityOf(new ProviderRegister.Provider("SC1", Set.of(), Set.of(), "NG1 1AA", "E06000016", null)))
			.isEqualTo("E06000016");
		assertThat(
				reference.authorityOf(new ProviderRegister.Provider("SC1", Set.of(), Set.of(), "ng11aa", null, null)))
			.isEqualTo("E06000018");
		assertThat(reference.authorityOf(new ProviderRegister.Provider("SC1", Set.of(), Set.of(), null, null, null)))
			.isNull();
	}

}
