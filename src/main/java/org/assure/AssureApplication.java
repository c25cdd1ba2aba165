package org.assure;

import java.time.Clock;

import org.assure.cli.AssureCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Assure: the assurance and performance platform of a safeguarding children partnership.
 *
 * <p>
 * {@link #main(String[])} hands the command line to {@link AssureCommandLine}: with no
 * arguments Assure serves its web application, as a board manager expects.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Assure")
public class AssureApplication {

	/**
	 * The clock every module reads the time from, so that tests can fix it.
	 * @return the system clock
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		int exitCode = AssureCommandLine.run(AssureApplication.class, args);
		if (exitCode != AssureCommandLine.KEEP_SERVING) {
			System.exit(exitCode);
		}
	}

}
