package org.assure.partnership;

import java.io.OutputStream;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import org.springframework.stereotype.Service;

/**
 * Backup and restore of one whole partnership on the application's database (ADR 0017):
 * {@code assure export-partnership} and {@code assure import-partnership}.
 */
@Service
public class PartnershipArchives {

	private final PartnershipArchive archive;

	private final Partnerships partnerships;

	private final Flyway flyway;

	PartnershipArchives(DataSource dataSource, Partnerships partnerships, Flyway flyway) {
		this.archive = new PartnershipArchive(dataSource);
		this.partnerships = partnerships;
		this.flyway = flyway;
	}

	/**
	 * The database's schema version, which an archive records and a restore requires.
	 * @return the version of the latest migration applied
	 */
	public String schemaVersion() {
		MigrationInfo current = this.flyway.info().current();
		return (current != null) ? current.getVersion().toString() : "none";
	}

	/**
	 * Writes a partnership's archive.
	 * @param code the partnership's code
	 * @param out where to write it
	 * @return what it holds
	 * @throws PartnershipArchive.RefusedException when no partnership has the code
	 */
	public PartnershipArchive.Summary export(String code, OutputStream out) {
		Partnership partnership = this.partnerships.findByCode(code)
			.orElseThrow(() -> new PartnershipArchive.RefusedException("No partnership has the code " + code));
		return this.archive.write(partnership.id(), schemaVersion(), out);
	}

	/**
	 * Restores a partnership from its archive, whole or not at all.
	 * @param archive the archive
	 * @return what was restored
	 * @throws PartnershipArchive.RefusedException when it cannot be restored here, saying
	 * why
	 */
	public PartnershipArchive.Summary restore(Path archive) {
		return this.archive.restore(archive, schemaVersion());
	}

	/**
	 * Checks an archive without restoring it.
	 * @param archive the archive
	 * @return what it holds
	 * @throws PartnershipArchive.RefusedException when it is damaged or not an archive
	 */
	public PartnershipArchive.Summary check(Path archive) {
		return this.archive.check(archive);
	}

}
