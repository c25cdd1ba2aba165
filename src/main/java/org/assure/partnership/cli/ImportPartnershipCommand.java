package org.assure.partnership.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.partnership.PartnershipArchive;
import org.assure.partnership.PartnershipArchives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assure import-partnership demo.zip}: restores one whole partnership from its
 * archive, whole or not at all (ADR 0017); {@code --check} reads it and checks every
 * checksum without writing.
 */
@Command(name = "import-partnership", mixinStandardHelpOptions = true,
		description = "Restore one whole partnership from an archive written by export-partnership.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:restored (or, with --check, sound)",
				"2:not restored: the archive is damaged, of another schema version, or its partnership is here already" })
public final class ImportPartnershipCommand implements AssureSubcommand, Callable<Integer> {

	@Parameters(index = "0", description = "the archive (a ZIP)")
	private Path archive;

	@Option(names = "--check", description = "check the archive and its checksums only; write nothing")
	private boolean check;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		if (!Files.isRegularFile(this.archive)) {
			err.println(this.archive + ": no such file");
			return 2;
		}
		return AssureContext.withApplication((context) -> {
			PartnershipArchives archives = context.getBean(PartnershipArchives.class);
			try {
				PartnershipArchive.Summary summary = this.check ? archives.check(this.archive)
						: archives.restore(this.archive);
				PrintWriter stdout = this.spec.commandLine().getOut();
				stdout.println((this.check ? "Sound: " : "Restored: ") + "the partnership " + summary.partnership()
						+ ", " + summary.rows().size() + " tables, " + summary.totalRows() + " rows, schema version "
						+ summary.schemaVersion() + ".");
				stdout.flush();
				return 0;
			}
			catch (PartnershipArchive.RefusedException ex) {
				err.println(this.archive + ": " + ex.getMessage() + ". Nothing was written.");
				err.flush();
				return 2;
			}
		});
	}

}
