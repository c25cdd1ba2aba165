package org.assure.notifications.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.notifications.NotificationKind;
import org.assure.notifications.Notifications;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board manager's outbox of every reminder (sent, waiting, failed, or kept because no
 * mail server or address is set), and each member's own reminders and choices.
 */
@Controller
class NotificationsController {

	private static final int SHOWN = 500;

	private final Notifications notifications;

	private final AccessLog accessLog;

	NotificationsController(Notifications notifications, AccessLog accessLog) {
		this.notifications = notifications;
		this.accessLog = accessLog;
	}

	@GetMapping("/notifications")
	@Allowed(resource = Resource.NOTIFICATIONS, operation = Operation.READ)
	String outbox(@AuthenticationPrincipal AssureUser user, Model model) {
		// The outbox lists people's e-mail addresses: who read it is recorded.
		this.accessLog.record(AccessEvent.of(user.requirePartnershipId(), AccessAction.READ, "notification", null));
		model.addAttribute("messages", this.notifications.messages(user.requirePartnershipId(), SHOWN));
		model.addAttribute("shown", SHOWN);
		return "notifications/outbox";
	}

	@GetMapping("/account/notifications")
	@PreAuthorize("hasAuthority('PARTNERSHIP_MEMBER')")
	String preferences(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("enabled", this.notifications.enabled(partnershipId, user.getUsername()));
		model.addAttribute("email", this.notifications.address(partnershipId, user.getUsername()).orElse(""));
		model.addAttribute("messages", this.notifications.messagesFor(partnershipId, user.getUsername(), 50));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "notifications/preferences";
	}

	@PostMapping("/account/notifications")
	@PreAuthorize("hasAuthority('PARTNERSHIP_MEMBER')")
	String savePreferences(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Set<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			if ("on".equals(params.get("kind-" + kind.name()))) {
				on.add(kind);
			}
		}
		Map<String, String> problems = this.notifications.savePreferences(user.requirePartnershipId(),
				user.getUsername(), params.getOrDefault("email", ""), on);
		return FormRedirects.back(redirect, problems, params, "Your reminders are saved",
				"redirect:/account/notifications");
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem outboxLink() {
			return new NavigationItem(BoardFunction.PARTNERSHIP, "Reminders sent", "/notifications",
					Resource.NOTIFICATIONS, Operation.READ);
		}

		@Bean
		NavigationItem yourRemindersLink() {
			return new NavigationItem(BoardFunction.PARTNERSHIP, "Your reminders", "/account/notifications",
					Arrays.stream(Role.values())
						.map(Role::name)
						.collect(java.util.stream.Collectors.toUnmodifiableSet()));
		}

	}

}
