package org.assure.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders against a real SMTP server (GreenMail, on a free port): made once per day and
 * recipient, sent and recorded; the server down, retried with back-off until given up,
 * never blocking the others; a kind turned off by its user is not made; the day's run is
 * claimed by one instance only.
 */
@AssureIntegrationTest
class NotificationsIntegrationTests {

	private static final int PORT = freePort();

	private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("assure.notifications.first-retry", () -> "0s");
		registry.add("assure.notifications.max-attempts", () -> "3");
	}

	@BeforeAll
	static void startServer() {
		SMTP.start();
	}

	@AfterAll
	static void stopServer() {
		SMTP.stop();
	}

	@Autowired
	private Notifications notifications;

	@Autowired
	private Actions actions;

	@Autowired
	private TestUsers users;

	@Test
	void anActionDueSoonIsSentToTheBoardManagerOnceAndRecorded() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.notifications.savePreferences(partnershipId, "board-manager", "manager@example.org.uk",
				EnumSet.allOf(NotificationKind.class)))
			.isEmpty();
		String title = "Publish the neglect strategy " + System.nanoTime();
		dueInThreeDays(title);
		assertThat(this.notifications.makeReminders(partnershipId, this.notifications.today())).isPositive();
		assertThat(this.notifications.makeReminders(partnershipId, this.notifications.today()))
			.as("made once per thing reminded of")
			.isZero();
		this.notifications.deliver();
		Notification sent = mine(partnershipId, title);
		assertThat(sent.status()).isEqualTo(Notification.Status.SENT);
		assertThat(sent.address()).isEqualTo("manager@example.org.uk");
		assertThat(sent.kind()).isEqualTo(NotificationKind.ACTION_DUE);
		assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(List.of(SMTP.getReceivedMessages())).anySatisfy((MimeMessage message) -> {
			assertThat(message.getSubject()).contains(title);
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo("manager@example.org.uk");
		});
	}

	@Test
	void withTheServerDownAReminderIsRetriedThenGivenUpAndALaterOneIsStillSent() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		this.notifications.savePreferences(partnershipId, "board-manager", "manager@example.org.uk",
				EnumSet.allOf(NotificationKind.class));
		String title = "Refresh the threshold document " + System.nanoTime();
		dueInThreeDays(title);
		this.notifications.makeReminders(partnershipId, this.notifications.today());
		SMTP.stop();
		try {
			this.notifications.deliver();
			Notification retrying = mine(partnershipId, title);
			assertThat(retrying.status()).isEqualTo(Notification.Status.RETRYING);
			assertThat(retrying.attempts()).isEqualTo(1);
			assertThat(retrying.lastError()).isNotBlank();
			this.notifications.deliver();
			this.notifications.deliver();
			Notification failed = mine(partnershipId, title);
			assertThat(failed.status()).isEqualTo(Notification.Status.FAILED);
			assertThat(failed.attempts()).isEqualTo(3);
		}
		finally {
			SMTP.start();
		}
		String later = "Agree the audit programme " + System.nanoTime();
		dueInThreeDays(later);
		this.notifications.makeReminders(partnershipId, this.notifications.today());
		this.notifications.deliver();
		assertThat(mine(partnershipId, later).status()).isEqualTo(Notification.Status.SENT);
		assertThat(mine(partnershipId, title).status()).as("given up: it stays failed in the outbox")
			.isEqualTo(Notification.Status.FAILED);
	}

	@Test
	void aKindTurnedOffIsNotMadeForThatUser() {
		long partnershipId = this.users.demoPartnershipId();
		this.notifications.savePreferences(partnershipId, "board-manager", "manager@example.org.uk",
				EnumSet.complementOf(EnumSet.of(NotificationKind.ACTION_DUE)));
		try {
			String title = "Review the LADO protocol " + System.nanoTime();
			dueInThreeDays(title);
			this.notifications.makeReminders(partnershipId, this.notifications.today());
			assertThat(this.notifications.messagesFor(partnershipId, "board-manager", 1000))
				.noneSatisfy((message) -> assertThat(message.subject()).contains(title));
			assertThat(this.notifications.enabled(partnershipId, "board-manager"))
				.containsEntry(NotificationKind.ACTION_DUE, false)
				.containsEntry(NotificationKind.ACTION_OVERDUE, true);
		}
		finally {
			this.notifications.savePreferences(partnershipId, "board-manager", "manager@example.org.uk",
					EnumSet.allOf(NotificationKind.class));
		}
	}

	@Test
	void theDaysRunIsClaimedByOneInstanceOnly() {
		long partnershipId = this.users.demoPartnershipId();
		LocalDate day = LocalDate.of(2099, 1, 1);
		assertThat(this.notifications.claimRun(partnershipId, day, "instance-a")).isTrue();
		assertThat(this.notifications.claimRun(partnershipId, day, "instance-b")).isFalse();
		assertThat(this.notifications.claimRun(partnershipId, day.plusDays(1), "instance-b")).isTrue();
	}

	@Test
	void aBadAddressIsRefusedAndNothingIsSaved() {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.notifications.savePreferences(partnershipId, "auditor", "not an address",
				EnumSet.noneOf(NotificationKind.class)))
			.containsOnlyKeys("email");
		assertThat(this.notifications.address(partnershipId, "auditor")).isEmpty();
	}

	private void dueInThreeDays(String title) {
		Actions.Created created = this.actions.create(this.users.demoPartnershipId(),
				new Actions.NewAction(ActionSource.AUDIT, "Audit 4, finding 1", title, "", null, "Named lead",
						this.notifications.today().plusDays(3)),
				"board-manager");
		assertThat(created.problems()).isEqualTo(Map.of());
	}

	private Notification mine(long partnershipId, String title) {
		return this.notifications.messagesFor(partnershipId, "board-manager", 1000)
			.stream()
			.filter((message) -> message.subject().contains(title))
			.findFirst()
			.orElseThrow();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
