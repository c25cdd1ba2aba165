package org.assure.casedata.validation.ssda903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSDA903 rules Assure holds, on the external fixtures: the findings by code, stated,
 * so that a change in any rule shows here.
 */
class Ssda903FixtureValidationUnitTests {

	@Test
	void theLargeAuthoritysReturnOf2017to18() throws IOException {
		ValidationReport report = ReturnValidator.standard().ssda903(largeReturn(), 2018);
		assertThat(report.children()).as("2,675 children and the social worker table's one").isEqualTo(2676);
		// 148: 1,413 open episodes carry a reason for ceasing (X1) without a date.
		// 142: ten children have an earlier episode without an end.
		// 132, 133: care leavers' activity and accommodation in codes withdrawn before
		// 2022-23 (F3, P3, 01, 02, S1).
		// 168: 296 UPNs begin with I, O or S, letters a UPN never begins with.
		// 120: every reversed adoption decision gives the reason XXX.
		// 117: four decisions fall after the child's care ended or after the year.
		// 158: 1,361 children recorded as having received an intervention also answer
		// whether one was offered (713 with 1, 648 with 0).
		// 178: 1,105 placements of a type that has no provider (T0-T4, Z1) name one.
		// 193: 1,327 children without a substance misuse problem answer the items on an
		// intervention.
		// 213: 912 of 178's are temporary placements (T0-T4) with a provider.
		// 214: 803 short breaks (V3, V4) give a placement postcode or URN; they give a
		// postcode (398).
		// 215: 53 care leavers also have the 12-month health items.
		// 577: six missing periods end outside the child's periods of care, four of them
		// (578) begun after care had ceased; 574: one begins while another is open.
		// The episodes are random data: ages, legal statuses, placement types and
		// providers drawn apart, so the rules that join them find many: a youth justice
		// status (J1-J3) under 10 (358), independent living under 16 (370), custody under
		// 10 (372), a school under 4 (373), employment under 14 (374), ceasing to
		// independent living under 14 (387) or to adult services under 16 (389), staying
		// put under 18 (460); placements and providers that cannot go together (378, 382,
		// 384, 516, 527-531, 550); freeing orders after 2005 (445); temporary placements
		// that begin (380) or end (381) a period of care; episodes out of turn (357, 388,
		// 431-433, 501) and ceasing after the year (385); short legal statuses and
		// temporary placements that last months (361-363, 365, 375, 376, 379) and three
		// carers' holidays within a year (377).
		// The adoption tables are random too: 761 placements for adoption (A3-A6, 551),
		// 238
		// placement orders (553) and 218 freeing orders (555) with no decision that the
		// child should be placed for adoption; 215 children left care from a placement
		// for
		// adoption or a placement order, not adopted, with the decision not ceased (557);
		// 29 decisions reversed for children with adoption items (525), 27 adoption items
		// for children not adopted in the year (602), 3 adopted whose decision ceased
		// (558); adopters whose number, genders and legal status disagree (511, 514,
		// 517-520, 524); 112 placed for adoption with the foster carer (A3, A5) straight
		// from a placement other than fostering (336); decisions before care began (334,
		// 1003) and two that ceased before the year or before care began (118).
		// The 12-month items (OC2) are given for every child, 1,654 of them not looked
		// after continuously for the 12 months to 31 March (190; with a score, 185, or a
		// reason for none, 198); 1,226 convictions recorded under 10 (542) and 958 health
		// checks at 5 or over (546); 29 of the 12-month cohort have adoption or care
		// leavers' items (187); 17 care leavers were looked after on their 17th or 18th
		// birthday (1007), 8 live with former foster carers at 17 (3001); 20 episodes
		// follow an adoption (199).
		// Care's course is random too: 970 girls looked after with no motherhood item, or
		// a boy with one (165); 967 children on short breaks alone with a motherhood item
		// or
		// a review (399); PACE custody (J2) beyond 21 days (364); respite (V3) not begun
		// as
		// a new period (366), beyond 75 days (367) or beside V4 (426); 207 temporary
		// placements not followed by a return to the placement before (383); 90 adoptions
		// not from a placement for adoption (390); 359 placements for adoption with a
		// placement order (A5, A6) under another legal status (408); semi-independent
		// living under 14 (371) and, judged by 2022-23's age of 15, independent living
		// under 15 (370); 89 reasons SDQ1 (under 4 or over 17) for children aged 4-16
		// (157).
		// New episodes' reasons disagree with what changed (434-436); 325 placements for
		// adoption with the foster carers not coded as a new period or a move to the same
		// carers (217); episodes after a death or an 18th birthday (437); review
		// participation codes against the child's age on the day, PN0 from 4 (440) and
		// PN1-PN7 under 4 (441); 322 girls who left care with no motherhood item (607); a
		// mother's child's birth with MOTHER 0 (612).
		// 4,191 rows of other tables for children with no episode (1012); 108 previous
		// permanence options for children whose latest episode began before April 2016
		// (634); care leavers: 21 who died or went home with an activity or accommodation
		// (344), three in a foyer under 18 (347), three under 17 (391), six who left care
		// after their 17th or 18th birthday (1016); 2,029 URNs for placements that have
		// none (222). Reasons for a placement change are random too: 684 temporary
		// placements give one or follow an episode that does (226), two moves give none
		// (225); one episode has no postcodes (392b).
		assertThat(byCode(report)).isEqualTo(Map.ofEntries(Map.entry("225", 2L), Map.entry("226", 684L),
				Map.entry("392b", 1L), Map.entry("398", 803L), Map.entry("222", 2029L), Map.entry("1012", 4191L),
				Map.entry("1016", 6L), Map.entry("344", 21L), Map.entry("347", 3L), Map.entry("391", 3L),
				Map.entry("634", 108L), Map.entry("217", 325L), Map.entry("434", 58L), Map.entry("435", 7L),
				Map.entry("436", 5L), Map.entry("437", 7L), Map.entry("440", 1435L), Map.entry("441", 663L),
				Map.entry("607", 322L), Map.entry("612", 1L), Map.entry("157", 89L), Map.entry("165", 970L),
				Map.entry("364", 384L), Map.entry("366", 364L), Map.entry("367", 344L), Map.entry("371", 177L),
				Map.entry("383", 207L), Map.entry("390", 90L), Map.entry("399", 967L), Map.entry("408", 359L),
				Map.entry("426", 38L), Map.entry("1003", 4L), Map.entry("1007", 17L), Map.entry("185", 820L),
				Map.entry("187", 29L), Map.entry("190", 1654L), Map.entry("198", 834L), Map.entry("199", 20L),
				Map.entry("3001", 8L), Map.entry("542", 1226L), Map.entry("546", 958L), Map.entry("117", 4L),
				Map.entry("118", 2L), Map.entry("334", 4L), Map.entry("336", 112L), Map.entry("511", 5L),
				Map.entry("514", 2L), Map.entry("517", 5L), Map.entry("518", 3L), Map.entry("519", 3L),
				Map.entry("520", 6L), Map.entry("524", 3L), Map.entry("525", 29L), Map.entry("551", 761L),
				Map.entry("553", 238L), Map.entry("555", 218L), Map.entry("557", 215L), Map.entry("558", 3L),
				Map.entry("602", 27L), Map.entry("120", 29L), Map.entry("132", 12L), Map.entry("133", 3L),
				Map.entry("142", 10L), Map.entry("148", 1413L), Map.entry("158", 1361L), Map.entry("168", 296L),
				Map.entry("178", 1105L), Map.entry("193", 1327L), Map.entry("213", 912L), Map.entry("214", 803L),
				Map.entry("215", 53L), Map.entry("357", 8L), Map.entry("358", 596L), Map.entry("361", 360L),
				Map.entry("362", 313L), Map.entry("363", 447L), Map.entry("365", 365L), Map.entry("375", 138L),
				Map.entry("376", 156L), Map.entry("377", 1L), Map.entry("379", 192L), Map.entry("370", 183L),
				Map.entry("372", 96L), Map.entry("373", 8L), Map.entry("374", 151L), Map.entry("378", 13L),
				Map.entry("380", 99L), Map.entry("381", 210L), Map.entry("382", 148L), Map.entry("384", 65L),
				Map.entry("385", 12L), Map.entry("387", 61L), Map.entry("388", 8L), Map.entry("389", 39L),
				Map.entry("431", 1L), Map.entry("432", 7L), Map.entry("433", 8L), Map.entry("445", 354L),
				Map.entry("460", 31L), Map.entry("501", 62L), Map.entry("516", 86L), Map.entry("527", 92L),
				Map.entry("528", 107L), Map.entry("529", 398L), Map.entry("530", 27L), Map.entry("531", 28L),
				Map.entry("550", 845L), Map.entry("574", 1L), Map.entry("577", 6L), Map.entry("578", 4L)));
		assertThat(report.notes()).anyMatch((note) -> note.contains("judged by the 2022-23 rules"))
			.noneMatch((note) -> note.startsWith("Passed over"));
	}

	@Test
	void theSmallDirtyReturnOf2020() throws IOException {
		List<ImportFile> tables = Stream.of("SSDA903_2020_header.csv", "SSDA903_2020_episodes.csv")
			.map((name) -> new ImportFile(name, Fixtures.external("ssda903/" + name)))
			.toList();
		ValidationReport report = ReturnValidator.standard().ssda903(tables, 2020);
		// A code in lower case or unknown: one ethnicity, one reason for a new episode.
		// 168: five UPNs of a few digits only; 214: two short breaks with a placement
		// postcode. Child 689661's episodes overlap (501, 433) and one continues into
		// none
		// (388); J2 and J3 for children under 10 (358); a short break in long-term
		// foster care (384) lasting more than 17 days (365); a continuation after care
		// ceased (432); a mother born after
		// her child (621); a girl looked after with no motherhood item (165); PACE
		// custody (J2) of four months (364); a short break (V3) begun as a continuation
		// (366); two moves coded P with the legal status changed too (435); an episode
		// after
		// a death in care (437); a mother aged 2 (620); a placement postcode "2TR"
		// (392c); a move to K2 with no reason for the change (225).
		assertThat(byCode(report)).isEqualTo(Map.ofEntries(Map.entry("225", 1L), Map.entry("392c", 1L),
				Map.entry("103", 1L), Map.entry("143", 1L), Map.entry("398", 2L), Map.entry("435", 2L),
				Map.entry("437", 1L), Map.entry("620", 1L), Map.entry("165", 1L), Map.entry("364", 1L),
				Map.entry("366", 1L), Map.entry("168", 5L), Map.entry("214", 2L), Map.entry("358", 2L),
				Map.entry("365", 1L), Map.entry("384", 1L), Map.entry("388", 1L), Map.entry("432", 1L),
				Map.entry("433", 2L), Map.entry("501", 2L), Map.entry("621", 1L)));
	}

	@Test
	void everyRuleThatDoesNotFireOnTheLargeFixtureIsExplainedInTheDocs() throws IOException {
		ValidationReport report = ReturnValidator.standard().ssda903(largeReturn(), 2018);
		java.util.Set<String> quiet = new java.util.TreeSet<>(Ssda903Rules.book().codes(2018));
		quiet.removeAll(byCode(report).keySet());
		String docs = Files.readString(Path.of("docs/validation.md"));
		int from = docs.indexOf("The rules that do not fire");
		String explained = docs.substring(from, docs.indexOf("## Generated returns", from));
		quiet.removeAll(codesNamed(explained));
		assertThat(quiet).as("rules that do not fire on the fixture and are not explained in docs/validation.md")
			.isEmpty();
	}

	/** The large authority's tables of 2017-18 (not the two 2020 files). */
	private static List<ImportFile> largeReturn() {
		return Fixtures.largeSsda903Return();
	}

	/**
	 * The rule codes a text names, a range such as 112–116 standing for each code in it.
	 */
	private static java.util.Set<String> codesNamed(String text) {
		java.util.Set<String> codes = new java.util.TreeSet<>();
		java.util.regex.Matcher range = java.util.regex.Pattern.compile("\\b(\\d{3,4})–(\\d{3,4})\\b").matcher(text);
		while (range.find()) {
			for (int code = Integer.parseInt(range.group(1)); code <= Integer.parseInt(range.group(2)); code++) {
				codes.add(String.valueOf(code));
			}
		}
		java.util.regex.Matcher single = java.util.regex.Pattern.compile("\\b(\\d{3,4}[A-Za-z]?|SW\\w+)\\b")
			.matcher(text);
		while (single.find()) {
			codes.add(single.group(1));
		}
		return codes;
	}

	static Map<String, Long> byCode(ValidationReport report) {
		Map<String, Long> counts = new TreeMap<>();
		for (Violation violation : report.violations()) {
			counts.merge(violation.code(), 1L, Long::sum);
		}
		return counts;
	}

}
