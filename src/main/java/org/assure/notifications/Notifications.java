package org.assure.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assure.partnership.PartnershipUsers;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.shell.WaitingList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the day's reminders of a partnership and delivers them: by e-mail when a mail
 * server is configured, into the outbox when not. The reminders come from each module's
 * {@link ReminderSource} (the chase list of returns, the tracker's due and overdue
 * actions, the groups' chair reviews), which asks the same questions as the module's
 * pages, so a reminder never says what a page does not.
 */
@Service
public class Notifications implements WaitingList {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NotificationSettings settings;

	private final PartnershipUsers users;

	private final List<ReminderSource> sources;

	private final ObjectProvider<JavaMailSender> mail;

	Notifications(JdbcClient jdbc, Clock clock, NotificationSettings settings, PartnershipUsers users,
			List<ReminderSource> sources, ObjectProvider<JavaMailSender> mail) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.users = users;
		this.sources = List.copyOf(sources);
		this.mail = mail;
	}

	/**
	 * Today in Europe/London, as the reminders count it.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * Claims the day's run for a partnership: the first instance to claim it makes the
	 * reminders; any other, or a second call the same day, does nothing.
	 * @param partnershipId the partnership
	 * @param day the day
	 * @param instance who claims it (host and process), for the record
	 * @return whether this call claimed it
	 */
	public boolean claimRun(long partnershipId, LocalDate day, String instance) {
		try {
			return this.jdbc.sql("""
					insert into notification_run (partnership_id, run_date, instance, started_at)
					select ?, ?, ?, ? where not exists
					  (select 1 from notification_run where partnership_id = ? and run_date = ?)""")
				.params(partnershipId, day, instance, now(), partnershipId, day)
				.update() == 1;
		}
		catch (DuplicateKeyException anotherInstanceClaimedIt) {
			return false;
		}
	}

	/**
	 * Makes the day's reminders of a partnership, if this instance claims the day's run.
	 * @param partnershipId the partnership
	 * @param instance who runs it
	 * @return the reminders made, or -1 when the day's run was made already
	 */
	public int runDaily(long partnershipId, String instance) {
		LocalDate today = today();
		if (!claimRun(partnershipId, today, instance)) {
			return -1;
		}
		int made = makeReminders(partnershipId, today);
		this.jdbc.sql("update notification_run set reminders = ? where partnership_id = ? and run_date = ?")
			.params(made, partnershipId, today)
			.update();
		return made;
	}

	/**
	 * Makes the reminders due on a day, each once per recipient: a reminder already made
	 * for the same thing and date is not made again, and a kind a recipient turned off is
	 * not made for them.
	 * @param partnershipId the partnership
	 * @param today the day
	 * @return the reminders made
	 */
	@Transactional
	public int makeReminders(long partnershipId, LocalDate today) {
		int made = 0;
		Map<String, Map<NotificationKind, Boolean>> choices = new HashMap<>();
		for (Reminder reminder : reminders(partnershipId, today)) {
			made += make(partnershipId, reminder, choices);
		}
		return made;
	}

	/**
	 * What waits for a user today: the reminders that would be made for them, whether or
	 * not they turned the kind off (the home page shows what is waiting regardless).
	 * @param partnershipId the partnership
	 * @param username the user
	 * @return the things waiting, the late ones first
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(long partnershipId, String username) {
		List<Waiting> waiting = new ArrayList<>();
		for (Reminder reminder : reminders(partnershipId, today())) {
			if (reminder.to().contains(username)) {
				waiting.add(new Waiting(reminder.kind().label(), reminder.subject(), reminder.link(),
						reminder.kind().late()));
			}
		}
		waiting.sort(java.util.Comparator.comparing((Waiting w) -> !w.late()));
		return waiting;
	}

	private List<Reminder> reminders(long partnershipId, LocalDate today) {
		List<PartnershipUser> users = this.users.of(partnershipId);
		List<Reminder> reminders = new ArrayList<>();
		this.sources.forEach((source) -> reminders.addAll(source.reminders(partnershipId, today, users)));
		return reminders;
	}

	private int make(long partnershipId, Reminder reminder, Map<String, Map<NotificationKind, Boolean>> choices) {
		NotificationKind kind = reminder.kind();
		String key = reminder.key();
		String subject = reminder.subject();
		String body = reminder.body();
		String link = reminder.link();
		int made = 0;
		for (String username : new LinkedHashSet<>(reminder.to())) {
			if (!choices.computeIfAbsent(username, (name) -> enabled(partnershipId, name)).get(kind)) {
				continue;
			}
			made += this.jdbc.sql("""
					insert into notification (partnership_id, kind, dedupe_key, recipient, subject, body, link, status,
					                          attempts, created_at)
					select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ? where not exists
					  (select 1 from notification where partnership_id = ? and recipient = ? and dedupe_key = ?)""")
				.params(partnershipId, kind.name(), clip(key, 200), username, clip(subject, 300),
						clip(body + "\n\n" + this.settings.baseUrl() + link, 4000), link, now(), partnershipId,
						username, clip(key, 200))
				.update();
		}
		return made;
	}

	/**
	 * Delivers every reminder that is waiting or due another attempt, one at a time: a
	 * failure is recorded on its message and retried later with back-off, and never stops
	 * the others. Without a mail server, or without the user's address, a message goes to
	 * the outbox.
	 * @return how many messages were handled
	 */
	public int deliver() {
		List<Long[]> due = this.jdbc.sql("""
				select partnership_id, notification_id from notification
				where status = 'PENDING' or (status = 'RETRYING' and next_attempt_at <= ?)
				order by created_at, notification_id""")
			.param(now())
			.query((rs, row) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		JavaMailSender sender = this.mail.getIfAvailable();
		int handled = 0;
		for (Long[] each : due) {
			if (deliver(each[0], each[1], sender)) {
				handled++;
			}
		}
		return handled;
	}

	private boolean deliver(long partnershipId, long id, @Nullable JavaMailSender sender) {
		int claimed = this.jdbc.sql("""
				update notification set status = 'SENDING'
				where partnership_id = ? and notification_id = ? and status in ('PENDING', 'RETRYING')""")
			.params(partnershipId, id)
			.update();
		if (claimed != 1) {
			return false;
		}
		Notification message = find(partnershipId, id).orElseThrow();
		String address = address(partnershipId, message.recipient()).orElse(null);
		if (sender == null || address == null) {
			this.jdbc.sql(
					"update notification set status = 'OUTBOX', address = ? where partnership_id = ? and notification_id = ?")
				.params(address, partnershipId, id)
				.update();
			return true;
		}
		try {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.settings.sender());
			mail.setTo(address);
			mail.setSubject("[Assure] " + message.subject());
			mail.setText(message.body());
			sender.send(mail);
			this.jdbc.sql("""
					update notification set status = 'SENT', address = ?, attempts = attempts + 1, sent_at = ?,
					       last_error = null, next_attempt_at = null
					where partnership_id = ? and notification_id = ?""")
				.params(address, now(), partnershipId, id)
				.update();
		}
		catch (RuntimeException ex) {
			int attempts = message.attempts() + 1;
			boolean giveUp = this.settings.givesUpAfter(attempts);
			Duration wait = this.settings.retryAfter(attempts);
			log.warn("Reminder {} to {} not sent (attempt {} of {}): {}", id, address, attempts,
					this.settings.maxAttempts(), ex.getMessage());
			this.jdbc.sql("""
					update notification set status = ?, address = ?, attempts = ?, last_error = ?, next_attempt_at = ?
					where partnership_id = ? and notification_id = ?""")
				.params(giveUp ? "FAILED" : "RETRYING", address, attempts, clip(String.valueOf(ex.getMessage()), 1000),
						giveUp ? null : now().plus(wait), partnershipId, id)
				.update();
		}
		return true;
	}

	/**
	 * A partnership's messages, newest first: what was sent, what waits, what failed and
	 * what is in the outbox.
	 * @param partnershipId the partnership
	 * @param limit the most to list
	 * @return the messages
	 */
	@Transactional(readOnly = true)
	public List<Notification> messages(long partnershipId, int limit) {
		return this.jdbc
			.sql(SELECT + " where partnership_id = ? order by created_at desc, notification_id desc limit ?")
			.params(partnershipId, limit)
			.query(Notifications::notification)
			.list();
	}

	/**
	 * A user's messages, newest first.
	 * @param partnershipId the partnership
	 * @param username the user
	 * @param limit the most to list
	 * @return the messages
	 */
	@Transactional(readOnly = true)
	public List<Notification> messagesFor(long partnershipId, String username, int limit) {
		return this.jdbc
			.sql(SELECT + " where partnership_id = ? and recipient = ? order by created_at desc, notification_id desc"
					+ " limit ?")
			.params(partnershipId, username, limit)
			.query(Notifications::notification)
			.list();
	}

	private Optional<Notification> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " where partnership_id = ? and notification_id = ?")
			.params(partnershipId, id)
			.query(Notifications::notification)
			.optional();
	}

	/**
	 * Which kinds a user receives: every kind, unless turned off.
	 * @param partnershipId the partnership
	 * @param username the user
	 * @return each kind and whether it is on
	 */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Boolean> enabled(long partnershipId, String username) {
		Map<NotificationKind, Boolean> enabled = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			enabled.put(kind, true);
		}
		this.jdbc.sql("select kind, enabled from notification_preference where partnership_id = ? and username = ?")
			.params(partnershipId, username)
			.query((rs) -> {
				enabled.put(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2));
			});
		return enabled;
	}

	/**
	 * The address a user's reminders go to.
	 * @param partnershipId the partnership
	 * @param username the user
	 * @return the address, if the user gave one
	 */
	@Transactional(readOnly = true)
	public Optional<String> address(long partnershipId, String username) {
		return this.jdbc.sql("select email from notification_address where partnership_id = ? and username = ?")
			.params(partnershipId, username)
			.query(String.class)
			.optional();
	}

	/**
	 * Saves a user's choices: the address reminders go to (blank for none: they stay in
	 * the outbox) and each kind on or off.
	 * @param partnershipId the partnership
	 * @param username the user
	 * @param email the address, or blank
	 * @param on the kinds the user wants
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> savePreferences(long partnershipId, String username, String email,
			Set<NotificationKind> on) {
		Map<String, String> problems = new LinkedHashMap<>();
		String address = email.strip();
		if (!address.isEmpty() && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			problems.put("email", "Enter an e-mail address such as name@example.org.uk, or leave it blank");
			return problems;
		}
		this.jdbc.sql("delete from notification_address where partnership_id = ? and username = ?")
			.params(partnershipId, username)
			.update();
		if (!address.isEmpty()) {
			this.jdbc.sql("insert into notification_address (partnership_id, username, email) values (?, ?, ?)")
				.params(partnershipId, username, address)
				.update();
		}
		this.jdbc.sql("delete from notification_preference where partnership_id = ? and username = ?")
			.params(partnershipId, username)
			.update();
		for (NotificationKind kind : NotificationKind.values()) {
			this.jdbc
				.sql("""
						insert into notification_preference (partnership_id, username, kind, enabled) values (?, ?, ?, ?)""")
				.params(partnershipId, username, kind.name(), on.contains(kind))
				.update();
		}
		return problems;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static final String SELECT = "select notification_id, kind, recipient, address, subject, body, link, status, "
			+ "attempts, last_error, created_at, sent_at from notification";

	private static Notification notification(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
		return new Notification(rs.getLong("notification_id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("recipient"), rs.getString("address"), rs.getString("subject"), rs.getString("body"),
				rs.getString("link"), Notification.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(sent != null) ? sent.toInstant() : null);
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
