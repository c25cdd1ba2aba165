package org.assure.casedata.web;

import java.nio.file.Files;
import java.util.List;

import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.Fixtures;
import org.assure.support.TestUsers;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssureIntegrationTest
class CaseDataPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CaseDataImports imports;

	@Autowired
	Agencies agencies;

	@Autowired
	org.assure.casedata.ImportBatches batches;

	@Test
	void aDataLeadSeesOnlyTheAgencysOwnBatches() throws Exception {
		AssureUser police = this.users.demo(Role.AGENCY_DATA_LEAD);
		long partnership = police.requirePartnershipId();
		long otherAgency = this.agencies.findByName(partnership, "NSPCC").orElseThrow().id();
		ImportSummary policeBatch = importAs(partnership, police.agencyId(), "2018-19");
		ImportSummary otherBatch = importAs(partnership, otherAgency, "2017-18");
		String list = this.mvc.perform(get("/casedata").with(user(police)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("/casedata/batches/" + policeBatch.batchId() + "\"")
			.doesNotContain("/casedata/batches/" + otherBatch.batchId() + "\"");
		this.mvc.perform(get("/casedata/batches/" + otherBatch.batchId()).with(user(police)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/casedata/batches/" + otherBatch.batchId()).with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk());
	}

	@Test
	void downloadsEveryFindingAsSafeCsv() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		ImportSummary batch = importAs(manager.requirePartnershipId(), null, "2016-17");
		String csv = this.mvc.perform(get("/casedata/batches/" + batch.batchId() + "/findings.csv").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("# Data-quality findings of batch " + batch.batchId())
			.contains("Exported from Assure by board-manager on ");
		assertThat(lines.get(1)).isEqualTo(
				"\"rule\",\"rule set\",\"severity\",\"rule message\",\"file\",\"location\",\"child\",\"field\",\"detail\"");
		assertThat(lines)
			.hasSize((int) (batch.errors() + batch.queries() + batch.dfeErrors() + batch.dfeQueries()) + 2);
		assertThat(csv).contains("\"DQ104\",\"Assure\",\"ERROR\",\"An assessment is authorised before it started\","
				+ "\"CIN_Census_2024.xml\",\"Child[1]/CINdetails[1]/Assessments[1]\"");
		assertThat(csv)
			.contains("\"8608\",\"DfE\",\"ERROR\",\"Assessment Start Date cannot be later than its End Date\","
					+ "\"CIN_Census_2024.xml\",\"line ");
	}

	@Test
	void listsTheDfesFindingsByRuleByChildAndByField() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		ImportSummary batch = importAs(manager.requirePartnershipId(), null, "2015-16");
		assertThat(batch.dfeErrors()).isPositive();
		String page = this.mvc.perform(get("/casedata/batches/" + batch.batchId()).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("DfE validation",
				batch.dfeErrors() + " errors and " + batch.dfeQueries() + " queries",
				"the 105 DfE rules of the 2023-24 collection",
				"Assessment Start Date cannot be later than its End Date", "id=\"by-child\"", "id=\"by-field\"",
				"AssessmentAuthorisationDate");
		String oneRule = this.mvc
			.perform(get("/casedata/batches/" + batch.batchId()).param("rule", "8608").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(oneRule).contains("Findings of 8608", "Started 2028-04-28, authorised 2020-09-19");
		String oneField = this.mvc
			.perform(get("/casedata/batches/" + batch.batchId()).param("field", "UPN").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(oneField).contains("Findings on UPN", "1510").doesNotContain("Started 2028-04-28");
	}

	@Test
	void checksAReturnAgainstTheDfesRulesWithoutImportingIt() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		long partnership = manager.requirePartnershipId();
		int batchesBefore = this.batches.of(partnership, null).size();
		MockMultipartFile upload = new MockMultipartFile("files", "CIN_Census_2024.xml", "text/xml",
				Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2024.xml")));
		String location = this.mvc
			.perform(multipart("/casedata/import").file(upload)
				.param("source", "cin-census")
				.param("action", "check")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/casedata/checks/");
		assertThat(this.batches.of(partnership, null)).as("nothing imported").hasSize(batchesBefore);
		String page = this.mvc.perform(get(location).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nothing was imported",
				"2 children checked against the 105 CIN census rules of 2023-24",
				"Assessment Start Date cannot be later than its End Date", "id=\"check-by-child\"", "DfEX0000001",
				"Started 2028-04-28, authorised 2020-09-19");
		String csv = this.mvc.perform(get(location + "/findings.csv").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("# Exported from Assure by board-manager on ");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).isEqualTo(
				"\"file\",\"code\",\"severity\",\"message\",\"child\",\"table\",\"row\",\"field\",\"detail\",\"location\"");
		assertThat(csv).contains("\"CIN_Census_2024.xml\",\"8608\",\"error\"");
		this.mvc.perform(get(location).with(user(this.users.demo(Role.ADMIN)))).andExpect(status().isNotFound());
	}

	@Test
	void theAuthoritysCodeIsCheckedKeptAndUsedByTheRules() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		MockMultipartFile episodes = new MockMultipartFile("files", "episodes.csv", "text/csv",
				("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,PL_LA,PL_LOCATION\n"
						+ "1,01/06/2024,S,C2,N1,U1,PR1,,,E06000018,IN\n")
					.getBytes());
		String refused = checkWithAuthority(manager, episodes, "856").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"authority-error\"", "is not a local authority").contains("value=\"856\"");
		String location = checkWithAuthority(manager, episodes, "e06000016").andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("411", "PL_LOCATION IN, but PL_LA E06000018 is not E06000016")
			.doesNotContain("ONS code was not given");
		String form = this.mvc.perform(get("/casedata/import").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).as("kept for later imports and checks").contains("value=\"E06000016\"");
	}

	private org.springframework.test.web.servlet.ResultActions checkWithAuthority(AssureUser user,
			MockMultipartFile episodes, String authority) throws Exception {
		return this.mvc.perform(multipart("/casedata/import").file(episodes)
			.param("source", "ssda903")
			.param("period", "2024-25")
			.param("action", "check")
			.param("authority", authority)
			.with(user(user))
			.with(csrf()));
	}

	@Test
	void checksAnSsda903ReturnsTablesTogetherAndRefusesWhatIsNotADfeReturn() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		MockMultipartFile header = new MockMultipartFile("files", "header.csv", "text/csv",
				"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/05/2012,wbri,,,\n".getBytes());
		MockMultipartFile episodes = new MockMultipartFile("files", "episodes.csv", "text/csv",
				("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
						+ "1,01/06/2024,S,C2,N1,U1,PR1,,E11,,,,\n")
					.getBytes());
		String location = this.mvc
			.perform(multipart("/casedata/import").file(header)
				.file(episodes)
				.param("source", "ssda903")
				.param("period", "2024-25")
				.param("action", "check")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("1 children checked against the " + Ssda903Rules.HELD + " SSDA903 rules of 2024-25", "103", "148",
					"were not run: no register was given",
					"Last year&#39;s return (2023-24) has not been imported as CSV tables")
			.doesNotContain("Assure holds");

		String noYear = this.mvc
			.perform(multipart("/casedata/import").file(episodes)
				.param("source", "ssda903")
				.param("action", "check")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noYear).contains("An SSDA903 return does not say its year");
		MockMultipartFile csv = new MockMultipartFile("files", "journeys.csv", "text/csv", "child_id\n1\n".getBytes());
		String refused = this.mvc
			.perform(multipart("/casedata/import").file(csv)
				.param("source", "assure-csv")
				.param("period", "2024-25")
				.param("action", "check")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Only a CIN census or SSDA903 return can be checked against the DfE&#39;s rules");
	}

	@Test
	void explainsAMissingFileAndSourceWithoutImporting() throws Exception {
		String page = this.mvc
			.perform(multipart("/casedata/import").with(user(this.users.demo(Role.BOARD_MANAGER))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Select the kind of file", "Select the file or files to import");
	}

	@Test
	void startsAnImportFromAnUploadAndReportsItsResult() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		MockMultipartFile upload = new MockMultipartFile("files", "CIN_Census_2021.xml", "text/xml",
				Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2021.xml")));
		String location = this.mvc
			.perform(multipart("/casedata/import").file(upload)
				.param("source", "cin-census")
				.param("period", "2012-13")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/casedata/imports/");
		String progress = "";
		for (int attempt = 0; attempt < 100 && !progress.contains("Import complete"); attempt++) {
			Thread.sleep(100);
			progress = this.mvc.perform(get(location + "/progress").with(user(manager)))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		assertThat(progress).contains("Import complete", "for 2012-13", "See the data-quality report");
	}

	private ImportSummary importAs(long partnership, Long agencyId, String period) {
		return this.imports.importFiles(partnership, ImportSource.CIN_CENSUS,
				List.of(new ImportFile("CIN_Census_2024.xml", Fixtures.external("cin-census/CIN_Census_2024.xml"))),
				period, agencyId, "test", ImportProgress.NONE);
	}

}
