package org.assure.partnership.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AgencyType;
import org.assure.partnership.DemoPartnershipReady;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.assure.partnership.People;
import org.assure.partnership.Person;
import org.assure.partnership.Role;
import org.assure.partnership.SeatKind;
import org.assure.partnership.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo partnership from the seed report (the Leicester LSCB Annual Report
 * 2014-15): the agencies and members of Appendix (a), with "TBC" rows as vacancies, and
 * the LSCB team of Appendix (f); then one demo user per role. Idempotent: each row is
 * added only if absent, so every start may run it. Other modules add their part on
 * {@link DemoPartnershipReady}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("assure.demo-mode.enabled")
class PartnershipDemoLoader implements ApplicationRunner {

	static final String CODE = "demo";

	static final String NAME = "Leicester (demo)";

	/** The agency of the demo data lead. */
	static final String DATA_LEAD_AGENCY = "Leicestershire Police";

	private static final String VACANT = "TBC";

	private static final String SEED = "seed:000_3b8676840c427715.txt:";

	private static final Logger logger = LoggerFactory.getLogger(PartnershipDemoLoader.class);

	private final Partnerships partnerships;

	private final Agencies agencies;

	private final People people;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final DemoModeSettings settings;

	private final ApplicationEventPublisher events;

	PartnershipDemoLoader(Partnerships partnerships, Agencies agencies, People people, UserAccounts accounts,
			PasswordEncoder encoder, DemoModeSettings settings, ApplicationEventPublisher events) {
		this.partnerships = partnerships;
		this.agencies = agencies;
		this.people = people;
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = settings;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Partnership demo = this.partnerships.findByCode(CODE)
			.orElseGet(() -> this.partnerships.create(CODE, NAME, "0116 454 6520", "lcitylscb@leicester.gov.uk"));
		int agenciesAdded = loadAgencies(demo.id());
		int seatsAdded = loadSeats(demo.id());
		int usersAdded = loadUsers(demo.id());
		logger.info("Demo partnership '{}' ready: {} agencies, {} seats and {} users added", NAME, agenciesAdded,
				seatsAdded, usersAdded);
		this.events.publishEvent(new DemoPartnershipReady(demo.id(), demo.code()));
	}

	private int loadAgencies(long partnershipId) {
		int added = 0;
		for (String[] row : rows("demo/partnership/agencies.tsv", 3)) {
			if (this.agencies.findByName(partnershipId, row[0]).isEmpty()) {
				this.agencies.create(partnershipId, row[0], AgencyType.valueOf(row[1]));
				added++;
			}
		}
		return added;
	}

	private int loadSeats(long partnershipId) {
		int added = 0;
		for (String[] row : rows("demo/partnership/seats.tsv", 8)) {
			String source = SEED + row[0];
			if (this.people.hasSeatFrom(partnershipId, source)) {
				continue;
			}
			SeatKind kind = SeatKind.valueOf(row[1]);
			String holder = row[2];
			String title = row[3];
			Long agencyId = agencyId(partnershipId, row[5]);
			Long personId = null;
			if (!VACANT.equals(holder)) {
				String jobTitle = (kind == SeatKind.PROGRAMME_GROUP_CHAIR && "Chair".equals(title)) ? null : title;
				Optional<Person> known = this.people.findByName(partnershipId, holder);
				personId = known
					.orElseGet(() -> this.people.create(partnershipId, holder, jobTitle, agencyId, blankToNull(row[6]),
							blankToNull(row[7])))
					.id();
			}
			this.people.createSeat(partnershipId, kind, title, row[4], agencyId, personId, source);
			added++;
		}
		return added;
	}

	private @Nullable Long agencyId(long partnershipId, String name) {
		if (name.isBlank()) {
			return null;
		}
		return this.agencies.findByName(partnershipId, name)
			.map(Agency::id)
			.orElseThrow(
					() -> new IllegalStateException("demo seats.tsv names an agency not in agencies.tsv: " + name));
	}

	private int loadUsers(long partnershipId) {
		Long dataLeadAgency = agencyId(partnershipId, DATA_LEAD_AGENCY);
		int added = 0;
		for (Role role : Role.values()) {
			String username = role.kebabCase();
			Optional<Long> existing = this.accounts.findForSignIn(username).map((user) -> user.userId());
			if (existing.isPresent()) {
				// The demo password follows ASSURE_DEMO_PASSWORD from one start to the
				// next.
				if (!this.encoder.matches(this.settings.password(), this.accounts.passwordHash(existing.get()))) {
					this.accounts.changePassword(existing.get(), this.encoder.encode(this.settings.password()));
				}
				continue;
			}
			Long agencyId = (role == Role.AGENCY_DATA_LEAD) ? dataLeadAgency : null;
			this.accounts.create(partnershipId, username, "Demo " + role.label().toLowerCase(java.util.Locale.ROOT),
					this.encoder.encode(this.settings.password()), EnumSet.of(role), agencyId);
			added++;
		}
		return added;
	}

	private static List<String[]> rows(String resource, int columns) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length != columns) {
					throw new IllegalStateException(resource + " line " + number + ": expected " + columns
							+ " tab-separated columns, found " + cells.length);
				}
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo data " + resource, ex);
		}
		return rows;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
