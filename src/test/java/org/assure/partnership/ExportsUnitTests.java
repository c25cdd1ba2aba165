package org.assure.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.shell.ExportFormat;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports: a permission per format, the watermark's words, file names safe on any system,
 * and every export written to the access log.
 */
class ExportsUnitTests {

	private final List<AccessEvent> logged = new ArrayList<>();

	private final AccessLog log = new AccessLog() {

		@Override
		public void record(AccessEvent event) {
			ExportsUnitTests.this.logged.add(event);
		}

		@Override
		public List<AccessLogEntry> find(AccessLogFilter filter) {
			return List.of();
		}

	};

	private final Clock clock = Clock.fixed(Instant.parse("2015-06-30T11:05:00Z"), ZoneOffset.UTC);

	@Test
	void everyRoleExportsEveryFormatUnlessASettingNamesTheRolesOfAFormat() {
		Exports open = new Exports(new ExportSettings(null, null, null, null, null), this.log, this.clock);
		Exports narrowed = new Exports(
				new ExportSettings(List.of(Role.BOARD_MANAGER, Role.AGENCY_DATA_LEAD), List.of(), null, null, null),
				this.log, this.clock);
		AssureUser member = user(Role.BOARD_MEMBER);
		AssureUser lead = user(Role.AGENCY_DATA_LEAD);
		for (ExportFormat format : ExportFormat.values()) {
			assertThat(open.allowed(member, format)).as(format.name()).isTrue();
		}
		assertThat(narrowed.allowed(member, ExportFormat.CSV)).isFalse();
		assertThat(narrowed.allowed(lead, ExportFormat.CSV)).isTrue();
		assertThat(narrowed.allowed(member, ExportFormat.XLSX)).as("an empty list leaves the default").isTrue();
		assertThat(narrowed.allowed(member, ExportFormat.PDF)).isTrue();
		assertThatThrownBy(() -> narrowed.send(member, ExportFormat.CSV, "actions", new byte[0], "actions", "3"))
			.isInstanceOf(AccessDeniedException.class)
			.hasMessage("Your role does not allow exports as CSV");
		assertThat(this.logged).as("a refused export is not logged as one").isEmpty();
	}

	@Test
	void anExportIsWatermarkedLoggedAndSafelyNamed() {
		Exports exports = new Exports(new ExportSettings(null, null, null, null, null), this.log, this.clock);
		AssureUser manager = user(Role.BOARD_MANAGER);
		assertThat(exports.stamp(manager, false)).isEqualTo(
				"Exported from Assure by board-manager on 30 June 2015 at 12:05. OFFICIAL-SENSITIVE: for the partnership's use only.");
		assertThat(exports.stamp(manager, true)).endsWith("12:05. Published edition.");
		var response = exports.send(manager, ExportFormat.PDF, "annual report 2014/15 \"final\"", new byte[] { 1 },
				"annual-report", "2014-15 public edition 3");
		assertThat(response.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename=\"annual-report-2014-15-final.pdf\"");
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(this.logged).singleElement().satisfies((event) -> {
			assertThat(event.action()).isEqualTo(AccessAction.EXPORT);
			assertThat(event.recordType()).isEqualTo("annual-report");
			assertThat(event.recordId()).isEqualTo("2014-15 public edition 3");
		});
	}

	@Test
	void fileNamesKeepOnlyWhatEverySystemSavesSafely() {
		assertThat(Exports.fileName("../../etc/passwd")).isEqualTo("etc-passwd");
		assertThat(Exports.fileName("Résumé d'été\r\nSet-Cookie: x")).isEqualTo("Resume-d-ete-Set-Cookie-x");
		assertThat(Exports.fileName(".hidden")).isEqualTo("hidden");
		assertThat(Exports.fileName("\u202Egnp.exe")).isEqualTo("gnp.exe");
		assertThat(Exports.fileName("///")).isEqualTo("export");
		assertThat(Exports.fileName("a".repeat(300))).hasSize(100);
	}

	private static AssureUser user(Role role) {
		Set<Role> roles = EnumSet.of(role);
		String name = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		return new AssureUser(7, name, name, null, 1L, "Demo", roles, null, false, true, null,
				Instant.parse("2015-06-30T11:00:00Z"));
	}

}
