package org.assure.casedata.validation;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.SecureXml;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CIN census file into the DfE's tables, as a stream: the header, then one child
 * at a time. An element holding other elements is a row of the table it names
 * ({@code CINdetails}, {@code Assessments}, {@code Section47}...), nested in the row it
 * sits in; an element holding text is a field of its row. Each {@code Disability} and
 * each {@code CPPreviewDate} is a row of its own ({@code Disabilities}, {@code Reviews}),
 * as the DfE's tables have them.
 */
public final class CinReturnReader {

	/** Elements that only group others: their fields belong to the row around them. */
	private static final Set<String> CONTAINERS = Set.of("CollectionDetails", "Source", "Children",
			"FactorsIdentifiedAtAssessment", "Disabilities", "Reviews");

	/** Table names where the DfE's tables differ from the element's name. */
	private static final Map<String, String> TABLES = Map.of("CINPlanDates", "CINplanDates");

	private final String fileName;

	private final Consumer<Row> onHeader;

	private final Consumer<ReturnChild> onChild;

	private final Deque<Frame> frames = new ArrayDeque<>();

	private final Map<String, Integer> tableRows = new HashMap<>();

	/** The field names of each table's rows, shared by its rows. */
	private final Map<String, Row.Fields> fields = new HashMap<>();

	private final StringBuilder text = new StringBuilder();

	private final List<Row> childRows = new ArrayList<>();

	private @Nullable Row header;

	private int children;

	private CinReturnReader(String fileName, Consumer<Row> onHeader, Consumer<ReturnChild> onChild) {
		this.fileName = fileName;
		this.onHeader = onHeader;
		this.onChild = onChild;
	}

	/**
	 * Reads a file.
	 * @param in the file's bytes
	 * @param fileName its name, for the report
	 * @param onHeader called once with the header row, before any child
	 * @param onChild called with each child, in file order
	 * @return the number of children read
	 * @throws ImportFailed when the file is not a well-formed CIN census message
	 */
	public static int read(InputStream in, String fileName, Consumer<Row> onHeader, Consumer<ReturnChild> onChild) {
		CinReturnReader reader = new CinReturnReader(fileName, onHeader, onChild);
		SecureXml.walk(in, fileName, "Message", "a CIN census message", new SecureXml.Handler() {
			@Override
			public void start(String name, int line) {
				reader.start(name, line);
			}

			@Override
			public void text(char[] characters, int start, int length) {
				reader.text.append(characters, start, length);
			}

			@Override
			public void end(String name) {
				reader.end();
			}
		});
		return reader.children;
	}

	private void start(String name, int line) {
		Frame parent = this.frames.peek();
		int position = 1;
		if (parent != null) {
			parent.elements++;
			position = parent.sibling(name);
			group(parent);
		}
		this.frames.push(new Frame(name, parent, position, line));
		this.text.setLength(0);
	}

	/** The frame turns out to hold elements: it is a row (unless it only groups). */
	private void group(Frame frame) {
		if (frame.row != null || frame.elements > 1 || CONTAINERS.contains(frame.name) || "Message".equals(frame.name)
				|| "Child".equals(frame.name)) {
			return;
		}
		if ("Header".equals(frame.name)) {
			frame.row = newRow("Header", frame);
			this.header = frame.row;
			return;
		}
		Row row = newRow(TABLES.getOrDefault(frame.name, frame.name), frame);
		frame.row = row;
		Row around = enclosingRow(frame);
		if (around != null) {
			around.add(row);
		}
		else {
			this.childRows.add(row);
		}
	}

	private void end() {
		Frame frame = this.frames.pop();
		frame.ended();
		if ("Child".equals(frame.name)) {
			endChild();
		}
		else if ("Header".equals(frame.name)) {
			this.onHeader.accept((this.header != null) ? this.header : newRow("Header", frame));
		}
		else if ("Reviews".equals(frame.name) && frame.elements == 0) {
			Row review = newRow("Reviews", frame);
			Row around = enclosingRow(frame);
			if (around != null) {
				around.add(review);
			}
		}
		else if (frame.elements == 0) {
			leaf(frame, this.text.toString());
		}
		this.text.setLength(0);
	}

	private void leaf(Frame frame, String value) {
		Frame parent = this.frames.peek();
		if ("Disability".equals(frame.name)
				|| ("CPPreviewDate".equals(frame.name) && parent != null && "Reviews".equals(parent.name))) {
			Row row = newRow("Disability".equals(frame.name) ? "Disabilities" : "Reviews", frame);
			row.put(frame.name, value);
			Row around = enclosingRow(frame);
			if (around != null && !"Disabilities".equals(row.table())) {
				around.add(row);
			}
			else {
				this.childRows.add(row);
			}
			return;
		}
		Row around = enclosingRow(frame);
		if (around != null) {
			around.put(frame.name, value);
		}
	}

	private @Nullable Row enclosingRow(Frame frame) {
		for (Frame each : this.frames) {
			if (each != frame && each.row != null) {
				return each.row;
			}
		}
		return null;
	}

	private void endChild() {
		String id = null;
		for (Row row : this.childRows) {
			if ("ChildIdentifiers".equals(row.table())) {
				id = row.text("LAchildID");
				break;
			}
		}
		ReturnChild child = new ReturnChild(id);
		this.childRows.forEach(child::add);
		this.childRows.clear();
		this.children++;
		this.onChild.accept(child);
	}

	private Row newRow(String table, Frame frame) {
		int number = this.tableRows.merge(table, 1, Integer::sum);
		return new Row(table, number, this.fields.computeIfAbsent(table, (name) -> new Row.Fields()), this.fileName,
				frame.line, frame);
	}

	/**
	 * An element being read; a row keeps its frame to say where it was, so a frame's
	 * counts of its children's names go once the element ends.
	 */
	private static final class Frame implements java.util.function.Supplier<String> {

		private final String name;

		private final @Nullable Frame parent;

		private final int position;

		private final int line;

		private @Nullable String path;

		/** The names of the elements inside this one so far, and how many of each. */
		private @Nullable String[] names;

		private @Nullable int[] counts;

		private int distinct;

		private int elements;

		private @Nullable Row row;

		Frame(String name, @Nullable Frame parent, int position, int line) {
			this.name = name;
			this.parent = parent;
			this.position = position;
			this.line = line;
		}

		/** The position a child element of this name takes among its like siblings. */
		int sibling(String child) {
			String[] known = this.names;
			int[] seen = this.counts;
			if (known == null || seen == null) {
				known = new String[4];
				seen = new int[4];
				this.names = known;
				this.counts = seen;
			}
			for (int i = 0; i < this.distinct; i++) {
				// The parser gives each name as one string, so identity finds it first.
				if (known[i] == child || known[i].equals(child)) {
					return ++seen[i];
				}
			}
			if (this.distinct == known.length) {
				known = java.util.Arrays.copyOf(known, known.length * 2);
				seen = java.util.Arrays.copyOf(seen, seen.length * 2);
				this.names = known;
				this.counts = seen;
			}
			known[this.distinct] = child;
			seen[this.distinct] = 1;
			this.distinct++;
			return 1;
		}

		/** The element has ended: its children's names are no longer counted. */
		void ended() {
			this.names = null;
			this.counts = null;
		}

		@Override
		public String get() {
			return path();
		}

		/**
		 * Where the element is, such as "Children/Child[3]/CINdetails[1]" (Message and
		 * Children are left out), worked out only when a row needs it.
		 */
		String path() {
			String known = this.path;
			if (known != null) {
				return known;
			}
			String above = (this.parent == null) ? "" : this.parent.path();
			String built;
			if ("Message".equals(this.name) || "Children".equals(this.name)) {
				built = above;
			}
			else {
				built = (above.isEmpty() ? "" : above + "/") + this.name + "[" + this.position + "]";
			}
			this.path = built;
			return built;
		}

	}

}
