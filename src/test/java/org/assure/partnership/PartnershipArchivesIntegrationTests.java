package org.assure.partnership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup and restore: the demo partnership, every table of it, written to an archive,
 * restored into a fresh database, and written again from there: every table's rows come
 * back exactly (their checksums agree). A damaged archive, one of another schema version,
 * and one whose partnership is there already are refused before anything is written.
 */
@AssureIntegrationTest
class PartnershipArchivesIntegrationTests {

	@Autowired
	private PartnershipArchives archives;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TestUsers users;

	@TempDir
	private Path folder;

	@Test
	void theDemoPartnershipComesBackWholeInAFreshDatabase() throws Exception {
		Path archive = this.folder.resolve("demo.zip");
		PartnershipArchive.Summary written;
		try (OutputStream out = Files.newOutputStream(archive)) {
			written = this.archives.export("demo", out);
		}
		List<String> tables;
		try (Connection connection = this.dataSource.getConnection()) {
			tables = PartnershipArchive.tables(connection);
		}
		assertThat(written.rows().keySet()).as("every table with a partnership's rows")
			.containsExactlyElementsOf(tables);
		assertThat(tables).contains("partnership", "agency", "user_account", "tracked_action", "annual_report_text")
			.doesNotContain("reference_postcode", "flyway_schema_history");
		long filled = written.rows().values().stream().filter((rows) -> rows > 0).count();
		assertThat(filled).as("tables the demo fills").isGreaterThan(40);
		assertThat(this.archives.check(archive).checksums()).isEqualTo(written.checksums());

		try (HikariDataSource fresh = new HikariDataSource()) {
			// a pool, as the application has: it keeps the in-memory database's
			// connections open
			fresh.setJdbcUrl("jdbc:h2:mem:restore" + UUID.randomUUID().toString().replace("-", "")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			fresh.setUsername("sa");
			Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load().migrate();
			restoreInto(fresh, archive, written);
		}
	}

	private void restoreInto(DataSource fresh, Path archive, PartnershipArchive.Summary written) throws IOException {
		PartnershipArchive copy = new PartnershipArchive(fresh);
		PartnershipArchive.Summary restored = copy.restore(archive, this.archives.schemaVersion());
		assertThat(restored.totalRows()).isEqualTo(written.totalRows());
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		long partnershipId = this.users.demoPartnershipId();
		PartnershipArchive.Summary rewritten = copy.write(partnershipId, this.archives.schemaVersion(), again);
		assertThat(rewritten.rows()).isEqualTo(written.rows());
		assertThat(rewritten.checksums()).as("every table's rows, value for value").isEqualTo(written.checksums());

		// numbering goes on after the restored rows
		JdbcClient restoredDb = JdbcClient.create(fresh);
		restoredDb.sql("insert into agency (partnership_id, name, agency_type) values (?, 'A new agency', 'OTHER')")
			.params(partnershipId)
			.update();
		assertThat(restoredDb.sql("select count(*) from agency where partnership_id = ?")
			.params(partnershipId)
			.query(Long.class)
			.single()).isEqualTo(written.rows().get("agency") + 1);

		assertThatThrownBy(() -> copy.restore(archive, this.archives.schemaVersion()))
			.isInstanceOf(PartnershipArchive.RefusedException.class)
			.hasMessageContaining("already holds the partnership demo");
		assertThatThrownBy(() -> copy.restore(archive, "1")).isInstanceOf(PartnershipArchive.RefusedException.class)
			.hasMessageContaining("taken from schema version");

		Path damaged = this.folder.resolve("damaged.zip");
		rewrite(archive, damaged, "tables/agency.jsonl");
		assertThatThrownBy(() -> this.archives.check(damaged)).isInstanceOf(PartnershipArchive.RefusedException.class)
			.hasMessageContaining("The table agency in the archive does not match its checksum");
		Files.writeString(this.folder.resolve("not.zip"), "not an archive");
		assertThatThrownBy(() -> this.archives.check(this.folder.resolve("not.zip")))
			.isInstanceOf(PartnershipArchive.RefusedException.class)
			.hasMessageContaining("not a readable ZIP archive");
	}

	/** Copies an archive, changing one value of one table's file. */
	private static void rewrite(Path from, Path to, String changed) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] bytes = in.readAllBytes();
					if (entry.getName().equals(changed)) {
						bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("Police", "Polise")
							.getBytes(StandardCharsets.UTF_8);
					}
					out.write(bytes);
				}
				out.closeEntry();
			}
		}
	}

}
