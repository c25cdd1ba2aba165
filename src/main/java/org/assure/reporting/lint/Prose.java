package org.assure.reporting.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A report's running text as sentences, each knowing the line every character came from,
 * the sentence before it in its paragraph, and the lead-in of the list it belongs to (a
 * paragraph ending with a colon, such as 'Of the 214 referrals the timescales were:').
 * Table rows are not prose.
 */
final class Prose {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*▪o]\\s+|\\(?\\d{1,2}[.)]\\s+|\\[\\d{1,2}]\\s+)");

	/** A lead-in without its colon: 'Of those deaths reviewed'. */
	private static final Pattern LEAD_IN = Pattern.compile("(?i)^of\\s+(?:the|those|these|all)\\b[^.;!?]{0,80}$");

	private static final Pattern SENTENCE_END = Pattern
		.compile("[.!?][\"'’”)]?(?:\\[\\d{1,3}])?(?=\\s+[\"'‘“(]?[A-Z0-9£])");

	/**
	 * The longest sentence read whole, in characters; a longer run without a full stop (a
	 * list set out as one paragraph, a damaged file) is read in pieces of at most this
	 * length, cut at a space, so that no rule's pattern takes time in proportion to the
	 * square of a paragraph's length.
	 */
	static final int LONGEST_SENTENCE = 2_000;

	private Prose() {
	}

	/**
	 * A sentence.
	 *
	 * @param text its text, lines joined by spaces
	 * @param lineOf the line of each character
	 * @param previous the sentence before it in its paragraph, or null
	 * @param leadIn the lead-in of its list, or null
	 * @param blank the text with its dates, months and years blanked out (Dates.blankOut)
	 */
	record Sentence(String text, int[] lineOf, @Nullable Sentence previous, @Nullable String leadIn, String blank) {

		int line(int offset) {
			if (this.lineOf.length == 0) {
				return 1;
			}
			return this.lineOf[Math.max(0, Math.min(offset, this.lineOf.length - 1))];
		}

		String excerpt(int start, int end) {
			int from = Math.max(0, start);
			int to = Math.min(this.text.length(), end);
			return this.text.substring(from, to).strip();
		}

	}

	/**
	 * The sentences of a document.
	 * @param document the document
	 * @return its sentences, in order
	 */
	static List<Sentence> sentences(LintDocument document) {
		List<Sentence> sentences = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		List<Integer> lines = new ArrayList<>();
		String leadIn = null;
		boolean bullet = false;
		for (LintLine line : document.lines()) {
			String content = Numbers.normalise(line.text().strip());
			boolean startsBullet = !line.row() && BULLET.matcher(content).find();
			if (line.row() || content.isEmpty() || startsBullet) {
				String paragraph = flush(text, lines, sentences, bullet ? leadIn : null);
				if (paragraph != null && !bullet) {
					leadIn = (paragraph.endsWith(":") || LEAD_IN.matcher(paragraph).matches()) ? paragraph : null;
				}
				if (line.row()) {
					leadIn = null;
				}
				bullet = startsBullet;
				if (line.row() || content.isEmpty()) {
					continue;
				}
			}
			if (!text.isEmpty()) {
				text.append(' ');
				lines.add(line.number());
			}
			text.append(content);
			for (int i = 0; i < content.length(); i++) {
				lines.add(line.number());
			}
		}
		flush(text, lines, sentences, bullet ? leadIn : null);
		return sentences;
	}

	private static @Nullable String flush(StringBuilder text, List<Integer> lines, List<Sentence> sentences,
			@Nullable String leadIn) {
		if (text.isEmpty()) {
			return null;
		}
		String paragraph = text.toString();
		int[] lineOf = lines.stream().mapToInt(Integer::intValue).toArray();
		Sentence previous = null;
		int start = 0;
		Matcher end = SENTENCE_END.matcher(paragraph);
		while (end.find()) {
			if (abbreviation(paragraph, end.start())) {
				continue;
			}
			previous = add(paragraph, lineOf, start, end.end(), previous, leadIn, sentences);
			start = end.end();
		}
		add(paragraph, lineOf, start, paragraph.length(), previous, leadIn, sentences);
		text.setLength(0);
		lines.clear();
		return paragraph;
	}

	private static boolean abbreviation(String text, int dot) {
		int from = dot;
		while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
			from--;
		}
		String word = text.substring(from, dot);
		return word.equals("Dr") || word.equals("Mr") || word.equals("Mrs") || word.equals("No") || word.equals("e.g")
				|| word.equals("i.e") || word.equals("vs") || word.equals("St") || word.length() == 1;
	}

	private static @Nullable Sentence add(String paragraph, int[] lineOf, int start, int end,
			@Nullable Sentence previous, @Nullable String leadIn, List<Sentence> sentences) {
		Sentence last = previous;
		int from = start;
		while (end - from > LONGEST_SENTENCE) {
			int cut = from + LONGEST_SENTENCE;
			while (cut > from && !Character.isWhitespace(paragraph.charAt(cut))) {
				cut--;
			}
			if (cut == from) {
				cut = from + LONGEST_SENTENCE;
			}
			last = addOne(paragraph, lineOf, from, cut, last, leadIn, sentences);
			from = cut;
		}
		return addOne(paragraph, lineOf, from, end, last, leadIn, sentences);
	}

	private static @Nullable Sentence addOne(String paragraph, int[] lineOf, int start, int end,
			@Nullable Sentence previous, @Nullable String leadIn, List<Sentence> sentences) {
		String raw = paragraph.substring(start, end);
		int lead = 0;
		while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
			lead++;
		}
		String text = raw.strip();
		if (text.isEmpty()) {
			return previous;
		}
		int[] lines = new int[text.length()];
		for (int i = 0; i < text.length(); i++) {
			lines[i] = lineOf[Math.min(start + lead + i, lineOf.length - 1)];
		}
		Sentence sentence = new Sentence(text, lines, previous, leadIn, Dates.blankOut(text));
		sentences.add(sentence);
		return sentence;
	}

}
