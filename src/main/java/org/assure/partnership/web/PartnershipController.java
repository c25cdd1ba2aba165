package org.assure.partnership.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Partnerships;
import org.assure.partnership.People;
import org.assure.partnership.Person;
import org.assure.partnership.Seat;
import org.assure.partnership.SeatKind;
import org.assure.shell.Allowed;
import org.assure.shell.Operation;
import org.assure.shell.Resource;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who's who: the partnership's agencies, its board members (with vacancies), programme
 * group chairs and the board's team. Open to every user of the partnership.
 */
@Controller
class PartnershipController {

	private final Partnerships partnerships;

	private final Agencies agencies;

	private final People people;

	PartnershipController(Partnerships partnerships, Agencies agencies, People people) {
		this.partnerships = partnerships;
		this.agencies = agencies;
		this.people = people;
	}

	@GetMapping("/partnership")
	@Allowed(resource = Resource.AGENCIES, operation = Operation.READ)
	String partnership(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		List<Seat> seats = this.people.seats(partnershipId);
		Map<Long, Person> peopleById = this.people.of(partnershipId)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		model.addAttribute("partnership", this.partnerships.findById(partnershipId).orElseThrow());
		model.addAttribute("agencies", this.agencies.of(partnershipId).stream().filter(Agency::active).toList());
		model.addAttribute("members", of(seats, SeatKind.STATUTORY_MEMBER));
		model.addAttribute("chairs", of(seats, SeatKind.PROGRAMME_GROUP_CHAIR));
		model.addAttribute("officers", of(seats, SeatKind.BOARD_OFFICER));
		model.addAttribute("people", peopleById);
		return "partnership/partnership";
	}

	private static List<Seat> of(List<Seat> seats, SeatKind kind) {
		return seats.stream().filter((seat) -> seat.kind() == kind).toList();
	}

}
