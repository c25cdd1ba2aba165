package org.assure.notifications;

import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a mail server (the embedded default), reminders are kept in the outbox, which
 * the board manager reads; nobody else may.
 */
@AssureIntegrationTest
class NotificationsOutboxIntegrationTests {

	@Autowired
	private Notifications notifications;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccessLog accessLog;

	@Test
	void withoutAMailServerTheDemosOverdueActionsAreKeptInTheOutbox() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		this.notifications.makeReminders(partnershipId, this.notifications.today());
		this.notifications.deliver();
		assertThat(this.notifications.messagesFor(partnershipId, "board-manager", 1000))
			.as("the demo's Ofsted recommendations are overdue")
			.anySatisfy((message) -> {
				assertThat(message.kind()).isEqualTo(NotificationKind.ACTION_OVERDUE);
				assertThat(message.status()).isIn(Notification.Status.OUTBOX, Notification.Status.SENT,
						Notification.Status.FAILED);
			})
			.filteredOn((message) -> message.status() == Notification.Status.OUTBOX)
			.isNotEmpty();
		this.mvc.perform(get("/notifications").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In the outbox")));
		assertThat(this.accessLog.find(AccessLogFilter.forPartnership(partnershipId)))
			.anySatisfy((entry) -> assertThat(entry.recordType()).isEqualTo("notification"));
		this.mvc.perform(get("/notifications").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/account/notifications").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send me a reminder when")));
	}

}
