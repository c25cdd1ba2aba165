package org.assure.corrections;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record as it was and as it became, in words a reader of the history
 * understands ("Due date": "30 June 2015" to "30 September 2015").
 *
 * @param field the field's label
 * @param before its value before, or null when it had none
 * @param after its value after, or null when it has none
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

}
