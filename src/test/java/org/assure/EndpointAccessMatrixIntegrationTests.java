package org.assure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.partnership.People;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The negative test matrix of SECURITY.md: every endpoint of Assure, read from the
 * controller mappings so that none can be forgotten, against every role and an anonymous
 * caller. An endpoint missing from {@link #POLICY} fails the test until someone decides
 * who may call it.
 */
@AssureIntegrationTest
class EndpointAccessMatrixIntegrationTests {

	/** Who may call an endpoint. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** Any signed-in user. */
		SIGNED_IN,

		/** Any user of a partnership, whatever the role. */
		PARTNERSHIP_MEMBER,

		/** A partnership's administrators and board managers. */
		ADMIN_OR_BOARD_MANAGER,

		/** A partnership's administrators. */
		ADMIN,

		/** A partnership's board managers. */
		BOARD_MANAGER,

		/** A partnership's administrators and deployment administrators. */
		ADMIN_OR_DEPLOYMENT_ADMIN,

		/** Deployment administrators only. */
		DEPLOYMENT_ADMIN,

		/**
		 * Board managers, administrators and agency data leads (each data lead for the
		 * agency's own data).
		 */
		CASE_DATA,

		/**
		 * Board managers and sub-group chairs, and a data lead for the indicators the
		 * agency returns (the matrix's demo data lead is the police's, which does not
		 * return the indicator it tries, so is refused).
		 */
		COMMENTARY,

		/** Sub-group chairs and board managers. */
		REPORT_CARDS,

		/**
		 * Board managers, administrators and sub-group chairs: they add actions and
		 * review the business plan.
		 */
		ACTION_WRITERS,

		/**
		 * Board managers and administrators, and a data lead for the agency's own actions
		 * (the matrix asks for an action that does not exist, so the data lead is let
		 * in).
		 */
		ACTION_MOVERS,

		/**
		 * Board managers, administrators, sub-group chairs and board members: case
		 * reviews.
		 */
		REVIEW_READERS,

		/**
		 * Board managers, administrators, sub-group chairs, auditors and board members:
		 * case file audits.
		 */
		AUDIT_READERS,

		/**
		 * Board managers, administrators, sub-group chairs and auditors: they schedule
		 * audits and record their steps, grades and findings.
		 */
		AUDIT_WRITERS,

		/**
		 * Board managers, administrators, sub-group chairs, board members and agency data
		 * leads: Section 11 rounds (each data lead reads the agency's own answers only
		 * until a round is published).
		 */
		S11_READERS,

		/**
		 * The LADO and administrators: allegations against people who work with children.
		 */
		LADO,

		/** CDOP officers and administrators: child death records. */
		CDOP,

		/**
		 * CDOP officers, administrators, board managers, sub-group chairs and board
		 * members: the child deaths report (its published edition, for all but the first
		 * two).
		 */
		CDOP_REPORT,

		/** Board members: the chair approves the annual report. */
		CHAIR

	}

	static final Map<String, Access> POLICY = new LinkedHashMap<>();

	static {
		POLICY.put("GET /login", Access.PUBLIC);
		POLICY.put("GET /", Access.SIGNED_IN);
		POLICY.put("GET /api/v1/me", Access.SIGNED_IN);
		POLICY.put("GET /dashboard", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/exceptions", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/cards", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/cards", Access.REPORT_CARDS);
		POLICY.put("GET /actions", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /actions/new", Access.ACTION_WRITERS);
		POLICY.put("POST /actions", Access.ACTION_WRITERS);
		POLICY.put("GET /actions/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /actions/{id}/move", Access.ACTION_MOVERS);
		POLICY.put("POST /actions/{id}/replan", Access.ACTION_WRITERS);
		POLICY.put("GET /notifications", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /account/notifications", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /account/notifications", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /actions/export.csv", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /actions/export.xlsx", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /governance", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /governance/groups", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/groups/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /governance/groups/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/groups/{id}/members", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/groups/{id}/meetings", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/meetings/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /governance/meetings/{id}/attendance", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/meetings/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/meetings/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/meetings/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/members/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/members/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/members/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/meetings/{id}/decisions", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/meetings/{id}/actions", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/attendance", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /governance/plan", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /assurance/voice", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /assurance/voice", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/voice/{id}/withdraw", Access.ACTION_WRITERS);
		POLICY.put("GET /governance/budget", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /governance/budget", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/plan/activities", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /governance/plan/activities/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /governance/plan/activities/{id}/reviews", Access.ACTION_WRITERS);
		POLICY.put("POST /governance/plan/activities/{id}/actions", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/lint", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/lint", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /api/v1/lint", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/quarterly", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/quarterly", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/quarterly/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/quarterly/{id}/progress", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/quarterly/{id}/report.{format}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/annual", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/annual", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/annual/{year}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/annual/{year}/template", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/annual/{year}/parts/{part}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/parts/{part}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/editions", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/annual/{year}/accounts", Access.REPORT_CARDS);
		POLICY.put("POST /reports/annual/{year}/accounts", Access.REPORT_CARDS);
		POLICY.put("GET /reports/annual/editions/{id}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/annual/editions/{id}/progress", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /reports/annual/editions/{id}/report.{format}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /reports/annual/{year}/explanations", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/approve", Access.CHAIR);
		POLICY.put("POST /reports/annual/{year}/publish", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/recipients", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/figures", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /reports/annual/{year}/figures/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /api/v1/analysis/spc", Access.SIGNED_IN);
		POLICY.put("GET /api/v1/indicators", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /api/v1/indicators/catalogue", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /second-factor", Access.SIGNED_IN);
		POLICY.put("POST /second-factor", Access.SIGNED_IN);
		POLICY.put("GET /account/password", Access.SIGNED_IN);
		POLICY.put("POST /account/password", Access.SIGNED_IN);
		POLICY.put("GET /partnership", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /admin/agencies", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /admin/agencies/new", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /admin/agencies", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /admin/agencies/{agencyId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /admin/agencies/{agencyId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /admin/people/new", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /admin/people", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /admin/people/{personId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /admin/people/{personId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /admin/users", Access.ADMIN);
		POLICY.put("GET /admin/withdrawn", Access.ADMIN);
		POLICY.put("GET /assurance/reviews", Access.REVIEW_READERS);
		POLICY.put("POST /assurance/reviews", Access.ACTION_WRITERS);
		POLICY.put("GET /assurance/reviews/{id}", Access.REVIEW_READERS);
		POLICY.put("GET /assurance/reviews/{id}/edit", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/edit", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/withdraw", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/rapid-review", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/decision", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/panel", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/publication", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/reviews/{id}/actions", Access.ACTION_WRITERS);
		POLICY.put("POST /admin/withdrawn/restore", Access.ADMIN);
		POLICY.put("GET /complaints", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/extension", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/response", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/stage2", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/stage3", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/panel", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/panel-report", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/complainant-withdrawal", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/ombudsman", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/actions", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/commendations", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/commendations", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/commendations/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/commendations/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/commendations/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/earlier-years", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /child-deaths", Access.CDOP);
		POLICY.put("POST /child-deaths", Access.CDOP);
		POLICY.put("POST /child-deaths/panels", Access.CDOP);
		POLICY.put("GET /child-deaths/{id}", Access.CDOP);
		POLICY.put("POST /child-deaths/{id}/review", Access.CDOP);
		POLICY.put("POST /child-deaths/{id}/review/edit", Access.CDOP);
		POLICY.put("POST /child-deaths/panels/{panelId}/withdraw", Access.CDOP);
		POLICY.put("POST /child-deaths/learning/{learningId}/withdraw", Access.CDOP);
		POLICY.put("POST /child-deaths/{id}/actions", Access.CDOP);
		POLICY.put("GET /child-deaths/{id}/edit", Access.CDOP);
		POLICY.put("POST /child-deaths/{id}/edit", Access.CDOP);
		POLICY.put("POST /child-deaths/{id}/withdraw", Access.CDOP);
		POLICY.put("GET /child-deaths/learning", Access.CDOP);
		POLICY.put("POST /child-deaths/learning", Access.CDOP);
		POLICY.put("POST /child-deaths/campaigns", Access.CDOP);
		POLICY.put("GET /child-deaths/reports", Access.CDOP_REPORT);
		POLICY.put("GET /child-deaths/import", Access.CDOP);
		POLICY.put("GET /training", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /training/courses/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/bookings", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/attendance", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/bookings/{bookingId}/cancel", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/evaluations", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /training/courses/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/courses/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/earlier-years", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/earlier-years/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /training/reports", Access.REVIEW_READERS);
		POLICY.put("GET /training/import", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /training/import", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /child-deaths/import", Access.CDOP);
		POLICY.put("POST /complaints/earlier-years", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/earlier-years/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/earlier-years/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/earlier-years/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/reports", Access.REVIEW_READERS);
		POLICY.put("GET /complaints/import", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /complaints/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /complaints/import", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /lado/allegations", Access.LADO);
		POLICY.put("GET /lado/allegations/import", Access.LADO);
		POLICY.put("POST /lado/allegations/import", Access.LADO);
		POLICY.put("POST /lado/allegations", Access.LADO);
		POLICY.put("GET /lado/allegations/{id}", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/strategy", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/evaluation", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/outcome", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/dbs", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/regulator", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/retention", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/actions", Access.LADO);
		POLICY.put("GET /lado/allegations/{id}/edit", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/edit", Access.LADO);
		POLICY.put("POST /lado/allegations/{id}/withdraw", Access.LADO);
		POLICY.put("GET /lado/reports", Access.LADO);
		POLICY.put("GET /assurance/section11", Access.S11_READERS);
		POLICY.put("POST /assurance/section11", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /assurance/section11/{id}", Access.S11_READERS);
		// A data lead answers for the agency's own self-assessment only: the matrix's
		// agency is not the demo data lead's, so the data lead is refused.
		POLICY.put("GET /assurance/section11/{id}/agencies/{agencyId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /assurance/section11/{id}/agencies/{agencyId}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /assurance/section11/{id}/publication", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /assurance/section11/{id}/challenges", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/section11/{id}/actions", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/section11/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /assurance/audits", Access.AUDIT_READERS);
		POLICY.put("POST /assurance/audits", Access.AUDIT_WRITERS);
		POLICY.put("GET /assurance/audits/{id}", Access.AUDIT_READERS);
		POLICY.put("POST /assurance/audits/{id}/case", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/lines", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/invitations", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/meeting", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/grades", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/findings", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/draft", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/approval", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/dissemination", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/postponement", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/reschedule", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/actions", Access.AUDIT_WRITERS);
		POLICY.put("GET /assurance/audits/{id}/edit", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/edit", Access.AUDIT_WRITERS);
		POLICY.put("POST /assurance/audits/{id}/withdraw", Access.AUDIT_WRITERS);
		POLICY.put("GET /governance/plan/activities/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/plan/activities/{id}/edit", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/plan/activities/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/plan/activities/{id}/reviews/{reviewId}/withdraw", Access.ACTION_WRITERS);
		POLICY.put("GET /governance/budget/lines/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/budget/lines/{id}", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /governance/budget/lines/{id}/withdraw", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /reports/cards/{id}", Access.REPORT_CARDS);
		POLICY.put("POST /reports/cards/{id}", Access.REPORT_CARDS);
		POLICY.put("POST /reports/cards/{id}/withdraw", Access.REPORT_CARDS);
		POLICY.put("GET /assurance/voice/{id}/edit", Access.ACTION_WRITERS);
		POLICY.put("POST /assurance/voice/{id}/edit", Access.ACTION_WRITERS);
		POLICY.put("GET /admin/users/new", Access.ADMIN);
		POLICY.put("POST /admin/users", Access.ADMIN);
		POLICY.put("GET /admin/users/{userId}", Access.ADMIN);
		POLICY.put("POST /admin/users/{userId}", Access.ADMIN);
		POLICY.put("POST /admin/users/{userId}/unlock", Access.ADMIN);
		POLICY.put("POST /admin/users/{userId}/password", Access.ADMIN);
		POLICY.put("POST /admin/users/{userId}/second-factor/reset", Access.ADMIN);
		POLICY.put("GET /admin/retention", Access.ADMIN);
		POLICY.put("POST /admin/retention/holds", Access.ADMIN);
		POLICY.put("POST /admin/retention/holds/{holdId}/release", Access.ADMIN);
		POLICY.put("POST /admin/retention/run", Access.ADMIN);
		POLICY.put("GET /admin/access-log", Access.ADMIN_OR_DEPLOYMENT_ADMIN);
		POLICY.put("GET /admin/partnerships", Access.DEPLOYMENT_ADMIN);
		POLICY.put("POST /admin/partnerships", Access.DEPLOYMENT_ADMIN);
		POLICY.put("GET /api/v1/indicators/{code}/judgement", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /api/v1/returns", Access.CASE_DATA);
		POLICY.put("GET /indicators", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /indicators/{code}", Access.PARTNERSHIP_MEMBER);
		POLICY.put("GET /indicators/{code}/edit", Access.BOARD_MANAGER);
		POLICY.put("GET /indicators/{code}/children", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /indicators/{code}/rebase", Access.BOARD_MANAGER);
		POLICY.put("POST /indicators/{code}/commentary", Access.COMMENTARY);
		POLICY.put("GET /indicators/comparators", Access.BOARD_MANAGER);
		POLICY.put("POST /indicators/comparators", Access.BOARD_MANAGER);
		POLICY.put("GET /api/v1/indicators/{code}/breakdowns", Access.PARTNERSHIP_MEMBER);
		POLICY.put("POST /indicators/{code}/edit", Access.BOARD_MANAGER);
		POLICY.put("GET /returns", Access.CASE_DATA);
		POLICY.put("POST /returns", Access.CASE_DATA);
		POLICY.put("GET /returns/new", Access.CASE_DATA);
		POLICY.put("GET /returns/upload", Access.CASE_DATA);
		POLICY.put("POST /returns/upload", Access.CASE_DATA);
		POLICY.put("POST /admin/agencies/{agencyId}/tokens", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("POST /admin/agencies/{agencyId}/tokens/{tokenId}/revoke", Access.ADMIN_OR_BOARD_MANAGER);
		POLICY.put("GET /casedata", Access.CASE_DATA);
		POLICY.put("GET /casedata/import", Access.CASE_DATA);
		POLICY.put("POST /casedata/import", Access.CASE_DATA);
		POLICY.put("GET /casedata/imports/{jobId}", Access.CASE_DATA);
		POLICY.put("GET /casedata/imports/{jobId}/progress", Access.CASE_DATA);
		POLICY.put("GET /casedata/batches/{batchId}", Access.CASE_DATA);
		POLICY.put("GET /casedata/batches/{batchId}/findings.csv", Access.CASE_DATA);
		POLICY.put("GET /casedata/checks/{checkId}", Access.CASE_DATA);
		POLICY.put("GET /casedata/checks/{checkId}/findings.csv", Access.CASE_DATA);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Agencies agencies;

	@Autowired
	People people;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Map<String, String> pathValues;

	@BeforeEach
	void pathValues() {
		long partnershipId = this.users.demoPartnershipId();
		this.pathValues = new LinkedHashMap<>(
				Map.of("{agencyId}", String.valueOf(this.agencies.of(partnershipId).get(0).id()), "{personId}",
						String.valueOf(this.people.of(partnershipId).get(0).id()), "{userId}",
						String.valueOf(this.users.demo(Role.BOARD_MEMBER).userId()), "{jobId}", "no-such-job",
						"{batchId}", "999999", "{code}", "assessments-open-beyond-45-days-pct", "{tokenId}", "999999",
						"{id}", "999999", "{format}", "pdf"));
		this.pathValues.put("{reviewId}", "999999");
		this.pathValues.put("{holdId}", "999999");
		this.pathValues.put("{bookingId}", "999999");
		this.pathValues.put("{panelId}", "999999");
		this.pathValues.put("{learningId}", "999999");
		this.pathValues.put("{checkId}", "no-such-check");
		// a year no test opens a report for, so that the matrix's calls change nothing
		this.pathValues.put("{year}", "2009-10");
		this.pathValues.put("{part}", "foreword");
	}

	@Test
	void everyEndpointHasADeclaredPolicy() {
		Set<String> endpoints = endpoints();
		assertThat(endpoints).as("endpoints without a policy in the matrix: decide who may call them")
			.allMatch(POLICY::containsKey);
		assertThat(POLICY.keySet()).as("policies for endpoints that no longer exist").allMatch(endpoints::contains);
	}

	@Test
	void everyEndpointAnswersEveryRoleAsItsPolicySays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Access access = POLICY.get(endpoint);
			if (access == null) {
				continue;
			}
			check(endpoint, access, null, wrong);
			check(endpoint, access, this.users.deploymentAdministrator(), wrong);
			for (Role role : Role.values()) {
				check(endpoint, access, this.users.demo(role), wrong);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void check(String endpoint, Access access, @Nullable AssureUser caller, List<String> wrong)
			throws Exception {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1];
		for (Map.Entry<String, String> value : this.pathValues.entrySet()) {
			path = path.replace(value.getKey(), value.getValue());
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
		if (caller != null) {
			request = request.with(user(caller));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String who = (caller != null) ? caller.getUsername() : "anonymous";
		boolean allowed = allows(access, caller);
		if (allowed) {
			if (status == 401 || status == 403 || status >= 500 || redirectsToSignIn(response)) {
				wrong.add(endpoint + " as " + who + ": expected access, got " + status);
			}
		}
		else if (caller == null) {
			boolean api = endpoint.contains(" /api/");
			if (api ? status != 401 : !redirectsToSignIn(response)) {
				wrong.add(endpoint + " as anonymous: expected " + (api ? "401" : "redirect to sign-in") + ", got "
						+ status);
			}
		}
		else if (status != 403) {
			wrong.add(endpoint + " as " + who + ": expected 403, got " + status);
		}
	}

	private static boolean redirectsToSignIn(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() == 302 && location != null && location.endsWith("/login");
	}

	static boolean allows(Access access, @Nullable AssureUser caller) {
		if (access == Access.PUBLIC) {
			return true;
		}
		if (caller == null) {
			return false;
		}
		Set<Role> roles = caller.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(caller.roles());
		return switch (access) {
			case PUBLIC, SIGNED_IN -> true;
			case PARTNERSHIP_MEMBER -> caller.partnershipId() != null;
			case ADMIN_OR_BOARD_MANAGER -> roles.contains(Role.ADMIN) || roles.contains(Role.BOARD_MANAGER);
			case ADMIN -> roles.contains(Role.ADMIN);
			case BOARD_MANAGER -> roles.contains(Role.BOARD_MANAGER);
			case ADMIN_OR_DEPLOYMENT_ADMIN -> roles.contains(Role.ADMIN) || caller.deploymentAdmin();
			case DEPLOYMENT_ADMIN -> caller.deploymentAdmin();
			case CASE_DATA -> roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN)
					|| roles.contains(Role.AGENCY_DATA_LEAD);
			case COMMENTARY, REPORT_CARDS -> roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.SUBGROUP_CHAIR);
			case ACTION_WRITERS ->
				roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN) || roles.contains(Role.SUBGROUP_CHAIR);
			case ACTION_MOVERS -> roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN)
					|| roles.contains(Role.AGENCY_DATA_LEAD);
			case REVIEW_READERS -> roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN)
					|| roles.contains(Role.SUBGROUP_CHAIR) || roles.contains(Role.BOARD_MEMBER);
			case AUDIT_READERS ->
				roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN) || roles.contains(Role.SUBGROUP_CHAIR)
						|| roles.contains(Role.AUDITOR) || roles.contains(Role.BOARD_MEMBER);
			case AUDIT_WRITERS -> roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN)
					|| roles.contains(Role.SUBGROUP_CHAIR) || roles.contains(Role.AUDITOR);
			case LADO -> roles.contains(Role.LADO) || roles.contains(Role.ADMIN);
			case CHAIR -> roles.contains(Role.BOARD_MEMBER);
			case CDOP -> roles.contains(Role.CDOP_OFFICER) || roles.contains(Role.ADMIN);
			case CDOP_REPORT ->
				roles.contains(Role.CDOP_OFFICER) || roles.contains(Role.ADMIN) || roles.contains(Role.BOARD_MANAGER)
						|| roles.contains(Role.SUBGROUP_CHAIR) || roles.contains(Role.BOARD_MEMBER);
			case S11_READERS ->
				roles.contains(Role.BOARD_MANAGER) || roles.contains(Role.ADMIN) || roles.contains(Role.SUBGROUP_CHAIR)
						|| roles.contains(Role.BOARD_MEMBER) || roles.contains(Role.AGENCY_DATA_LEAD);
		};
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getName().startsWith("org.assure.")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		return endpoints;
	}

}
