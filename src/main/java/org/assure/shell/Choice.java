package org.assure.shell;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select box: the value sent and the words shown. Pages that filter a
 * list build their options as choices, so that one fragment ({@code fragments/forms ::
 * filterSelect}) draws every filter.
 *
 * @param value the value sent when it is chosen
 * @param label what the user reads
 */
public record Choice(String value, String label) {

	/**
	 * The choices of some items.
	 * @param <T> the kind of item
	 * @param items the items, in the order shown
	 * @param value an item's value
	 * @param label an item's words
	 * @return the choices
	 */
	public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
		return items.stream().map((item) -> new Choice(String.valueOf(value.apply(item)), label.apply(item))).toList();
	}

}
