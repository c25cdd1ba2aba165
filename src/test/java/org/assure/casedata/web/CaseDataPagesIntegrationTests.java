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
			.contains("exported by board-manager");
		assertThat(lines.get(1))
			.isEqualTo("\"rule\",\"severity\",\"file\",\"location\",\"child\",\"field\",\"message\"");
		assertThat(lines).hasSize((int) (batch.errors() + batch.queries()) + 2);
		assertThat(csv)
			.contains("\"DQ104\",\"ERROR\",\"CIN_Census_2024.xml\",\"Child[1]/CINdetails[1]/Assessments[1]\"");
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
