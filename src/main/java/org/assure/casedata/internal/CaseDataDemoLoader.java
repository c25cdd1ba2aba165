package org.assure.casedata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode's case data: on first start, the leicester-2014-15 preset is generated and
 * imported into the demo partnership as one Assure CSV batch covering 2011-12 to 2014-15,
 * so that the indicators that look back (re-referrals, repeat plans, plans lasting two
 * years, review timeliness, placement stability) have the history 2014-15 needs. Later
 * starts find the batch and leave it.
 */
@Component
class CaseDataDemoLoader {

	/** The seed of the demo's journeys: the same demo on every machine. */
	static final long SEED = 2015;

	private static final Logger logger = LoggerFactory.getLogger(CaseDataDemoLoader.class);

	private final CaseDataImports imports;

	private final JdbcClient jdbc;

	CaseDataDemoLoader(CaseDataImports imports, JdbcClient jdbc) {
		this.imports = imports;
		this.jdbc = jdbc;
	}

	@EventListener
	void load(DemoPartnershipReady ready) {
		boolean loaded = this.jdbc.sql("select count(*) from import_batch where partnership_id = ? and source = ?")
			.params(ready.partnershipId(), ImportSource.ASSURE_CSV.code())
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			return;
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("assure-demo");
			GenerateCommand.Generated generated = GenerateCommand.leicester(SEED);
			Path file = GenerateCommand.write(generated, "assure-csv", folder);
			ImportSummary summary = this.imports.importFiles(ready.partnershipId(), ImportSource.ASSURE_CSV,
					List.of(new ImportFile("leicester-" + generated.period() + " (generated).csv", file)),
					generated.period(), null, "demo", ImportProgress.NONE);
			logger.info("Demo case data for {} imported: {} children, {} referrals", generated.period(),
					summary.children(), summary.referrals());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the demo case data", ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the demo case data", ex);
		}
		finally {
			if (folder != null) {
				try (var paths = Files.walk(folder)) {
					paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
				catch (IOException ex) {
					logger.warn("Could not remove {}", folder, ex);
				}
			}
		}
	}

}
