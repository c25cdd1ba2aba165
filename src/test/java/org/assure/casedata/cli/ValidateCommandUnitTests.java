package org.assure.casedata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate}: exit 0 clean, 1 with errors, 2 unreadable; text, JSON and CSV.
 */
class ValidateCommandUnitTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine line = new CommandLine(new ValidateCommand());
		line.setOut(new PrintWriter(this.out, true));
		line.setErr(new PrintWriter(this.err, true));
		return line.execute(args);
	}

	private static String fixture() {
		return Fixtures.external("cin-census/fake_CIN_data.xml").toString();
	}

	@Test
	void errorsExitOneAndPrintEachFindingAndASummaryByRule() {
		assertThat(run("--source", "cin-census", fixture())).isEqualTo(1);
		String text = this.out.toString();
		assertThat(text).contains("fake_CIN_data.xml: 332 children checked against the 2022-23 CIN census rules");
		assertThat(text).containsPattern("(?m)^1510 error \\| child \\S+ \\| ChildIdentifiers row \\d+ \\| UPN \\| "
				+ "UPN invalid \\(wrong check letter at character 1\\)");
		assertThat(text).containsPattern("(?m)^  8569\\s+error\\s+356 finding\\(s\\)");
	}

	@Test
	void jsonAndCsvCarryEveryFinding() throws Exception {
		assertThat(run("--source", "cin-census", "--format", "json", fixture())).isEqualTo(1);
		JsonNode report = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(report.get("collectionYear").asString()).isEqualTo("2022-23");
		assertThat(report.get("findings").size())
			.isEqualTo(report.get("errors").asInt() + report.get("queries").asInt());
		assertThat(report.get("findings").get(0).get("code").asString()).isNotBlank();
		StringWriter csvOut = new StringWriter();
		CommandLine line = new CommandLine(new ValidateCommand());
		line.setOut(new PrintWriter(csvOut, true));
		assertThat(line.execute("--source", "cin-census", "--format", "csv", fixture())).isEqualTo(1);
		String[] rows = csvOut.toString().split("\n");
		assertThat(rows[0]).isEqualTo("file,code,severity,message,child,table,row,field,detail,location");
		assertThat(rows).hasSize(report.get("findings").size() + 1);
	}

	@Test
	void aCleanReturnExitsZeroAndQueriesDoNotCount() throws Exception {
		Path clean = Files.writeString(this.folder.resolve("clean.xml"),
				"""
						<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
						<ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header><Children><Child>
						<ChildIdentifiers><LAchildID>C1</LAchildID><UPN>C856123456781</UPN>
						<PersonBirthDate>2015-05-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
						<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
						<CINdetails><CINreferralDate>2025-06-02</CINreferralDate><ReferralSource>1A</ReferralSource>
						<PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>
						""");
		assertThat(run("--source", "cin-census", clean.toString())).isZero();
		assertThat(this.out.toString()).contains("0 errors, 1 queries").contains("2887Q");
	}

	@Test
	void unreadableFilesAndWrongOptionsExitTwoWithAMessage() throws Exception {
		Path broken = Files.writeString(this.folder.resolve("broken.xml"), "<Message><Header>");
		assertThat(run("--source", "cin-census", broken.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("broken.xml").contains("not well-formed XML");
		assertThat(run("--source", "cin-census", this.folder.resolve("none.xml").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("none.xml: no such file");
		assertThat(run("--source", "ssda903", fixture())).isEqualTo(2);
		assertThat(this.err.toString()).contains("An SSDA903 return does not say its year: give --year");
		assertThat(run("--source", "ssda903", "--year", "2017-18", fixture())).isEqualTo(2);
		assertThat(this.err.toString()).contains("fake_CIN_data.xml: is the XML form of the SSDA903 return");
		assertThat(run("--source", "lac", fixture())).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unknown --source 'lac': use cin-census or ssda903");
		assertThat(run("--source", "cin-census", "--year", "2025-27", fixture())).isEqualTo(2);
		assertThat(this.err.toString()).contains("not a collection year");
	}

	@Test
	void anSsda903ReturnsTablesAreCheckedTogether() {
		String header = Fixtures.external("ssda903/header.csv").toString();
		String episodes = Fixtures.external("ssda903/episodes.csv").toString();
		assertThat(run("--source", "ssda903", "--year", "2017-18", "--format", "json", header, episodes)).isEqualTo(1);
		assertThat(this.out.toString()).contains("\"source\":\"ssda903\"", "\"file\":\"header.csv, episodes.csv\"",
				"\"code\":\"148\"", "\"code\":\"142\"", "\"children\":2675");
	}

	@Test
	void lastYearsTablesGoToTheRulesThatCompareWithThem() throws Exception {
		String header = Fixtures.external("ssda903/header.csv").toString();
		Path lastYear = Files.writeString(this.folder.resolve("header-last-year.csv"),
				"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n566910,1,27/03/2008,WROM,,,\n");
		assertThat(run("--source", "ssda903", "--year", "2017-18", header)).isEqualTo(1);
		assertThat(this.out.toString())
			.contains("Last year's return was not given", "against the 2022-23 SSDA903 rules")
			.doesNotContain("\n202 error");
		this.out.getBuffer().setLength(0);
		assertThat(run("--source", "ssda903", "--year", "2017-18", "--format", "csv", "--last-year",
				lastYear.toString(), header))
			.isEqualTo(1);
		assertThat(this.out.toString()).contains("header.csv,202,error,").contains("566910");
	}

	@Test
	void theAuthorityPostcodesAndProvidersRunTheRulesThatNeedThem() throws Exception {
		Path episodes = Files.writeString(this.folder.resolve("episodes.csv"),
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
						+ "7,01/06/2024,S,C2,N1,K2,PR1,,,,LE1 1AA,NG1 1AA,SC999999\n");
		assertThat(run("--source", "ssda903", "--year", "2024-25", episodes.toString())).isZero();
		assertThat(this.out.toString()).contains("were not run: no register was given (validate --providers FILE");
		Path postcodes = Files.writeString(this.folder.resolve("onspd.csv"),
				"pcds,oscty,oslaua,oseast1m,osnrth1m\nLE1 1AA,E99999999,E06000016,458000,304000\n"
						+ "NG1 1AA,E99999999,E06000018,457000,340000\n");
		Path providers = Files.writeString(this.folder.resolve("providers.csv"),
				"URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,LA,REG_END\nSC045099,K2,PR1,LE2 2BB,E06000016,\n");
		this.out.getBuffer().setLength(0);
		assertThat(run("--source", "ssda903", "--year", "2024-25", "--format", "csv", "--la", "E06000016",
				"--postcodes", postcodes.toString(), "--providers", providers.toString(), episodes.toString()))
			.isEqualTo(1);
		assertThat(this.out.toString()).contains("episodes.csv,1008,error,", "episodes.csv,1015,error,")
			.doesNotContain("were not run");
		assertThat(run("--source", "ssda903", "--year", "2024-25", "--la", "856", episodes.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("--la: '856' is not a local authority's ONS code");
		assertThat(run("--source", "ssda903", "--year", "2024-25", "--postcodes", episodes.toString(),
				episodes.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("episodes.csv: is not a postcode directory Assure can read");
		assertThat(run("--source", "ssda903", "--year", "2024-25", "--providers",
				this.folder.resolve("none.csv").toString(), episodes.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("none.csv: no such file");
		assertThat(run("--source", "cin-census", "--la", "E06000016", fixture())).isEqualTo(2);
		assertThat(this.err.toString()).contains("are for --source ssda903");
	}

	@Test
	void aYearNamedOnTheCommandLineChoosesTheRuleSet() {
		assertThat(ValidateCommand.collectionYear("2025-26")).isEqualTo(2026);
		assertThat(ValidateCommand.collectionYear("2026")).isEqualTo(2026);
		assertThat(ValidateCommand.collectionYear("1999-00")).isEqualTo(2000);
		assertThat(ValidateCommand.collectionYear("twenty")).isNull();
		assertThat(run("--source", "cin-census", "--year", "2025-26", fixture())).isEqualTo(1);
		assertThat(this.out.toString()).contains("against the 2025-26 CIN census rules");
	}

}
