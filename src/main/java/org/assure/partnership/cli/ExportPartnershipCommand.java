package org.assure.partnership.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.partnership.PartnershipArchive;
import org.assure.partnership.PartnershipArchives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure export-partnership --partnership demo --out demo.zip}: one whole
 * partnership as a versioned, checksummed archive (ADR 0017).
 */
@Command(name = "export-partnership", mixinStandardHelpOptions = true,
		description = "Write one whole partnership, every table, to a versioned, checksummed archive.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:written", "2:not written: the partnership or the output file is wrong" })
public final class ExportPartnershipCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--partnership", required = true, description = "the partnership's short code")
	private String partnership = "";

	@Option(names = "--out", required = true, description = "the archive to write (a ZIP)")
	private Path out;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		Path target = this.out.toAbsolutePath();
		Path parent = target.getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			err.println(this.out + ": the folder " + parent + " does not exist");
			return 2;
		}
		return AssureContext.withApplication((context) -> {
			PartnershipArchives archives = context.getBean(PartnershipArchives.class);
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			try (OutputStream file = Files.newOutputStream(partial)) {
				PartnershipArchive.Summary summary = archives.export(this.partnership, file);
				file.close();
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				PrintWriter stdout = this.spec.commandLine().getOut();
				stdout.println("Wrote " + this.out + ": the partnership " + summary.partnership() + ", "
						+ summary.rows().size() + " tables, " + summary.totalRows() + " rows, schema version "
						+ summary.schemaVersion() + ".");
				stdout.flush();
				return 0;
			}
			catch (PartnershipArchive.RefusedException ex) {
				deleteQuietly(partial);
				err.println(ex.getMessage());
				err.flush();
				return 2;
			}
			catch (IOException ex) {
				deleteQuietly(partial);
				err.println(this.out + ": cannot be written (" + ex.getMessage() + ")");
				err.flush();
				return 2;
			}
		});
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the partial file is left; its name says what it is
		}
	}

}
