package org.assure.partnership.web;

import java.util.List;

import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Partnerships;
import org.assure.partnership.People;
import org.assure.partnership.Role;
import org.assure.partnership.Seat;
import org.assure.partnership.SeatKind;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.WaitingList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for a partnership's user, what is waiting for them, the pages their
 * roles open by board function, the partnership and its agencies; for a deployment
 * administrator, the partnerships served.
 */
@Controller
class HomeController {

	private final Partnerships partnerships;

	private final Agencies agencies;

	private final People people;

	/** Every module's list of what waits for a person (returns, actions, reviews). */
	private final List<WaitingList> waitingLists;

	HomeController(Partnerships partnerships, Agencies agencies, People people, List<WaitingList> waitingLists) {
		this.partnerships = partnerships;
		this.agencies = agencies;
		this.people = people;
		this.waitingLists = waitingLists;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("user", user);
		if (user.partnershipId() == null) {
			model.addAttribute("partnerships", this.partnerships.all());
			return "partnership/home-deployment";
		}
		long partnershipId = user.requirePartnershipId();
		List<Agency> agencies = this.agencies.of(partnershipId).stream().filter(Agency::active).toList();
		List<Seat> seats = this.people.seats(partnershipId);
		long boardSeats = seats.stream().filter((seat) -> seat.kind() == SeatKind.STATUTORY_MEMBER).count();
		long vacancies = seats.stream()
			.filter((seat) -> seat.kind() == SeatKind.STATUTORY_MEMBER && seat.vacant())
			.count();
		model.addAttribute("partnership", this.partnerships.findById(partnershipId).orElseThrow());
		model.addAttribute("agencies", agencies);
		model.addAttribute("boardSeats", boardSeats);
		model.addAttribute("vacancies", vacancies);
		model.addAttribute("roles", user.roles().stream().sorted().map(Role::label).toList());
		model.addAttribute("roleDescriptions", user.roles().stream().sorted().map(Role::description).toList());
		model.addAttribute("isAdmin", user.can(Resource.USERS, Operation.READ));
		model.addAttribute("managesPartners", user.can(Resource.AGENCIES, Operation.WRITE));
		model.addAttribute("handlesCaseData", user.can(Resource.CASE_DATA, Operation.READ));
		List<WaitingList.Waiting> waiting = new java.util.ArrayList<>();
		for (WaitingList list : this.waitingLists) {
			waiting.addAll(list.waitingFor(partnershipId, user.getUsername()));
		}
		model.addAttribute("waiting", waiting);
		model.addAttribute("ownAgency", (user.agencyId() != null)
				? this.agencies.find(partnershipId, user.agencyId()).map(Agency::name).orElse(null) : null);
		return "partnership/home";
	}

}
