package org.assure.partnership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One whole partnership as a versioned, checksummed archive, and back (ADR 0017). Every
 * table with a {@code partnership_id} column is read by the database's own description of
 * itself, so a module's new table is archived without a change here; the archive is a ZIP
 * of one JSON-lines file per table (a header line with the columns and their types, then
 * one line per row) and a manifest with the archive format's version, the schema version,
 * and each table's rows and SHA-256. Restoring checks the format, the schema version and
 * every checksum before it writes anything, then writes every table in one transaction,
 * so a restore is whole or not at all.
 */
public final class PartnershipArchive {

	/** The archive format's version. */
	public static final int FORMAT = 1;

	private static final String MANIFEST = "manifest.json";

	private static final int BATCH = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	/**
	 * An archive of the partnerships of a database.
	 * @param dataSource the database
	 */
	public PartnershipArchive(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * What an archive holds.
	 *
	 * @param partnership the partnership's code
	 * @param schemaVersion the database schema it was taken from
	 * @param rows each table's rows, in the order the tables are restored
	 * @param checksums each table's SHA-256, hex
	 */
	public record Summary(String partnership, String schemaVersion, Map<String, Long> rows,
			Map<String, String> checksums) {

		/**
		 * Every row of the archive.
		 * @return the count
		 */
		public long totalRows() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Why an archive cannot be restored, in words for the person restoring it.
	 */
	public static final class RefusedException extends RuntimeException {

		RefusedException(String message) {
			super(message);
		}

	}

	/**
	 * Writes a partnership's archive.
	 * @param partnershipId the partnership
	 * @param schemaVersion the database's schema version, recorded in the manifest
	 * @param out where to write the ZIP
	 * @return what it holds
	 */
	public Summary write(long partnershipId, String schemaVersion, OutputStream out) {
		try (Connection connection = this.dataSource.getConnection();
				ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			String code = partnershipCode(connection, partnershipId);
			Map<String, Long> rows = new LinkedHashMap<>();
			Map<String, String> checksums = new LinkedHashMap<>();
			for (String table : tables(connection)) {
				zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
				MessageDigest sha = sha256();
				DigestOutputStream digest = new DigestOutputStream(new NonClosing(zip), sha);
				rows.put(table, writeTable(connection, table, partnershipId, digest));
				digest.flush();
				zip.closeEntry();
				checksums.put(table, HexFormat.of().formatHex(sha.digest()));
			}
			connection.commit();
			ObjectNode manifest = JSON.createObjectNode();
			manifest.put("format", "assure-partnership");
			manifest.put("formatVersion", FORMAT);
			manifest.put("schemaVersion", schemaVersion);
			manifest.put("partnership", code);
			manifest.put("partnershipId", partnershipId);
			manifest.put("exportedAt", Instant.now().toString());
			ArrayNode tables = manifest.putArray("tables");
			rows.forEach((table, count) -> tables.addObject()
				.put("name", table)
				.put("rows", count)
				.put("sha256", checksums.get(table)));
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			zip.finish();
			return new Summary(code, schemaVersion, rows, checksums);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The partnership could not be read from the database", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The archive could not be written", ex);
		}
	}

	/**
	 * Reads an archive's manifest and checks every table's checksum, without writing.
	 * @param archive the ZIP
	 * @return what it holds
	 * @throws RefusedException when it is not an archive Assure wrote, or is damaged
	 */
	public Summary check(Path archive) {
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			return check(zip);
		}
		catch (IOException ex) {
			throw new RefusedException(archive.getFileName() + " is not a readable ZIP archive: " + ex.getMessage());
		}
	}

	private Summary check(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			throw new RefusedException(
					"The archive has no manifest.json: it was not written by Assure's " + "export-partnership");
		}
		JsonNode manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = JSON.readTree(in);
		}
		catch (RuntimeException ex) {
			throw new RefusedException("The archive's manifest.json is not readable JSON");
		}
		if (!"assure-partnership".equals(manifest.path("format").asString(""))) {
			throw new RefusedException("The archive's manifest does not describe an Assure partnership");
		}
		int version = manifest.path("formatVersion").asInt(-1);
		if (version != FORMAT) {
			throw new RefusedException(
					"The archive's format is version " + version + "; this Assure reads version " + FORMAT);
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		Map<String, String> checksums = new LinkedHashMap<>();
		for (JsonNode table : manifest.path("tables")) {
			String name = table.path("name").asString("");
			if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
				throw new RefusedException("The archive names a table '" + name + "' that Assure cannot have");
			}
			ZipEntry file = zip.getEntry("tables/" + name + ".jsonl");
			if (file == null) {
				throw new RefusedException("The archive lists the table " + name + " but holds no file for it");
			}
			MessageDigest sha = sha256();
			try (InputStream in = zip.getInputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					sha.update(buffer, 0, n);
				}
			}
			String actual = HexFormat.of().formatHex(sha.digest());
			if (!actual.equals(table.path("sha256").asString(""))) {
				throw new RefusedException("The table " + name + " in the archive does not match its checksum: the "
						+ "archive is damaged or was changed");
			}
			rows.put(name, table.path("rows").asLong());
			checksums.put(name, actual);
		}
		return new Summary(manifest.path("partnership").asString(""), manifest.path("schemaVersion").asString(""), rows,
				checksums);
	}

	/**
	 * Restores a partnership from its archive into this database, whole or not at all.
	 * The database must be at the archive's schema version and must not hold the
	 * partnership (by its code or its number) already.
	 * @param archive the ZIP
	 * @param schemaVersion this database's schema version
	 * @return what was restored
	 * @throws RefusedException when the archive is not one to restore here, saying why
	 */
	public Summary restore(Path archive, String schemaVersion) {
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			Summary summary = check(zip);
			if (!summary.schemaVersion().equals(schemaVersion)) {
				throw new RefusedException("The archive was taken from schema version " + summary.schemaVersion()
						+ "; this database is at " + schemaVersion + ". Restore it with the Assure it was taken from.");
			}
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try {
					restore(connection, zip, summary);
					connection.commit();
				}
				catch (SQLException | RuntimeException | IOException ex) {
					connection.rollback();
					throw ex;
				}
			}
			return summary;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The archive could not be written to the database; nothing was kept", ex);
		}
		catch (IOException ex) {
			throw new RefusedException(archive.getFileName() + " is not a readable ZIP archive: " + ex.getMessage());
		}
	}

	private void restore(Connection connection, ZipFile zip, Summary summary) throws SQLException, IOException {
		List<String> tables = tables(connection);
		Set<String> known = new LinkedHashSet<>(tables);
		for (String table : summary.rows().keySet()) {
			if (!known.contains(table)) {
				throw new RefusedException(
						"The archive holds the table " + table + ", which this database does not " + "have");
			}
		}
		JsonNode partnership = firstRow(zip, "partnership");
		if (partnership == null) {
			throw new RefusedException("The archive holds no partnership row");
		}
		try (PreparedStatement taken = connection
			.prepareStatement("select count(*) from partnership where partnership_id = ? or code = ?")) {
			taken.setLong(1, partnership.get("partnership_id").asLong());
			taken.setString(2, partnership.get("code").asString());
			try (ResultSet rs = taken.executeQuery()) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new RefusedException("This database already holds the partnership " + summary.partnership()
							+ " (its code or its number): restore into a database without it");
				}
			}
		}
		for (String table : tables) {
			if (summary.rows().containsKey(table)) {
				restoreTable(connection, zip, table);
			}
		}
		restartIdentities(connection, tables);
	}

	private static @Nullable JsonNode firstRow(ZipFile zip, String table) throws IOException {
		ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
		if (entry == null) {
			return null;
		}
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
			JsonNode header = JSON.readTree(in.readLine());
			String line = in.readLine();
			if (line == null) {
				return null;
			}
			JsonNode values = JSON.readTree(line);
			ObjectNode row = JSON.createObjectNode();
			for (int i = 0; i < header.path("columns").size(); i++) {
				row.set(header.path("columns").get(i).asString(), values.get(i));
			}
			return row;
		}
	}

	private long writeTable(Connection connection, String table, long partnershipId, OutputStream out)
			throws SQLException, IOException {
		List<String> key = primaryKey(connection, table);
		String order = key.isEmpty() ? "" : " order by " + String.join(", ", key);
		long count = 0;
		try (PreparedStatement select = connection
			.prepareStatement("select * from " + table + " where partnership_id = ?" + order)) {
			select.setFetchSize(1000);
			select.setLong(1, partnershipId);
			try (ResultSet rs = select.executeQuery()) {
				ResultSetMetaData meta = rs.getMetaData();
				ObjectNode header = JSON.createObjectNode();
				ArrayNode columns = header.putArray("columns");
				ArrayNode types = header.putArray("types");
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
					types.add(kind(meta.getColumnType(c), meta.getColumnTypeName(c)));
				}
				out.write(JSON.writeValueAsBytes(header));
				out.write('\n');
				while (rs.next()) {
					ArrayNode row = JSON.createArrayNode();
					for (int c = 1; c <= meta.getColumnCount(); c++) {
						write(row, rs, c, types.get(c - 1).asString());
					}
					out.write(JSON.writeValueAsBytes(row));
					out.write('\n');
					count++;
				}
			}
		}
		return count;
	}

	private static void write(ArrayNode row, ResultSet rs, int column, String kind) throws SQLException {
		switch (kind) {
			case "bytes" -> {
				byte[] bytes = rs.getBytes(column);
				row.add((bytes != null) ? Base64.getEncoder().encodeToString(bytes) : null);
			}
			case "instant" -> {
				OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
				row.add((value != null) ? value.toInstant().toString() : null);
			}
			case "timestamp" -> {
				LocalDateTime value = rs.getObject(column, LocalDateTime.class);
				row.add((value != null) ? value.toString() : null);
			}
			case "date" -> {
				LocalDate value = rs.getObject(column, LocalDate.class);
				row.add((value != null) ? value.toString() : null);
			}
			case "time" -> {
				LocalTime value = rs.getObject(column, LocalTime.class);
				row.add((value != null) ? value.toString() : null);
			}
			case "boolean" -> {
				boolean value = rs.getBoolean(column);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case "integer" -> {
				long value = rs.getLong(column);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case "decimal" -> {
				BigDecimal value = rs.getBigDecimal(column);
				row.add((value != null) ? value.toPlainString() : null);
			}
			case "double" -> {
				double value = rs.getDouble(column);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			default -> row.add(rs.getString(column));
		}
	}

	private static String kind(int sqlType, @Nullable String typeName) {
		String name = (typeName != null) ? typeName.toLowerCase(Locale.ROOT) : "";
		if (name.equals("timestamptz") || name.contains("with time zone")) {
			return "instant";
		}
		return switch (sqlType) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
			case Types.TIMESTAMP_WITH_TIMEZONE -> "instant";
			case Types.TIMESTAMP -> "timestamp";
			case Types.DATE -> "date";
			case Types.TIME -> "time";
			case Types.BOOLEAN, Types.BIT -> "boolean";
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "integer";
			case Types.NUMERIC, Types.DECIMAL -> "decimal";
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> "double";
			default -> "text";
		};
	}

	private void restoreTable(Connection connection, ZipFile zip, String table) throws SQLException, IOException {
		ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
			JsonNode header = JSON.readTree(in.readLine());
			List<String> columns = new ArrayList<>();
			header.path("columns").forEach((c) -> columns.add(c.asString()));
			Map<String, String> target = columnKinds(connection, table);
			for (String column : columns) {
				if (!column.matches("[a-z][a-z0-9_]{0,62}") || !target.containsKey(column)) {
					throw new RefusedException("The archive's table " + table + " has a column " + column
							+ " that this database's table does not have");
				}
			}
			String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
					+ String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				int pending = 0;
				long line = 1;
				for (String text = in.readLine(); text != null; text = in.readLine()) {
					line++;
					JsonNode values = JSON.readTree(text);
					if (values.size() != columns.size()) {
						throw new RefusedException("Line " + line + " of the table " + table + " has " + values.size()
								+ " values for " + columns.size() + " columns");
					}
					for (int c = 0; c < columns.size(); c++) {
						bind(insert, c + 1, values.get(c), target.get(columns.get(c)));
					}
					insert.addBatch();
					if (++pending == BATCH) {
						insert.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					insert.executeBatch();
				}
			}
		}
	}

	private static void bind(PreparedStatement insert, int index, JsonNode value, String kind) throws SQLException {
		if (value == null || value.isNull()) {
			insert.setObject(index, null);
			return;
		}
		switch (kind) {
			case "bytes" -> insert.setBytes(index, Base64.getDecoder().decode(value.asString()));
			case "instant" -> insert.setObject(index,
					OffsetDateTime.ofInstant(Instant.parse(value.asString()), java.time.ZoneOffset.UTC));
			case "timestamp" -> insert.setObject(index, LocalDateTime.parse(value.asString()));
			case "date" -> insert.setObject(index, LocalDate.parse(value.asString()));
			case "time" -> insert.setObject(index, LocalTime.parse(value.asString()));
			case "boolean" -> insert.setBoolean(index, value.asBoolean());
			case "integer" -> insert.setLong(index, value.asLong());
			case "decimal" -> insert.setBigDecimal(index, new BigDecimal(value.asString()));
			case "double" -> insert.setDouble(index, value.asDouble());
			default -> insert.setString(index, value.asString());
		}
	}

	private static void restartIdentities(Connection connection, List<String> tables) throws SQLException {
		List<String[]> identities = new ArrayList<>();
		try (PreparedStatement find = connection.prepareStatement("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = lower(?) and is_identity = 'YES'""")) {
			find.setString(1, connection.getSchema());
			try (ResultSet rs = find.executeQuery()) {
				while (rs.next()) {
					identities.add(new String[] { rs.getString(1).toLowerCase(Locale.ROOT),
							rs.getString(2).toLowerCase(Locale.ROOT) });
				}
			}
		}
		for (String[] identity : identities) {
			if (!tables.contains(identity[0])) {
				continue;
			}
			long next;
			try (Statement max = connection.createStatement();
					ResultSet rs = max
						.executeQuery("select coalesce(max(" + identity[1] + "), 0) + 1 from " + identity[0])) {
				rs.next();
				next = rs.getLong(1);
			}
			try (Statement restart = connection.createStatement()) {
				restart
					.execute("alter table " + identity[0] + " alter column " + identity[1] + " restart with " + next);
			}
		}
	}

	/**
	 * The tables that hold a partnership's rows, each after the tables it refers to.
	 * @param connection the database
	 * @return the tables, in the order to restore them
	 * @throws SQLException when the database cannot describe itself
	 */
	static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Set<String> baseTables = new LinkedHashSet<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rs.next()) {
				baseTables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		Map<String, Set<String>> refersTo = new TreeMap<>();
		try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
			while (rs.next()) {
				String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if ("partnership_id".equalsIgnoreCase(rs.getString("COLUMN_NAME")) && baseTables.contains(table)) {
					refersTo.put(table, new LinkedHashSet<>());
				}
			}
		}
		refersTo.keySet().removeIf((table) -> table.startsWith("flyway"));
		for (String table : refersTo.keySet()) {
			try (ResultSet rs = meta.getImportedKeys(null, schema, name(meta, table))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table) && refersTo.containsKey(parent)) {
						refersTo.get(table).add(parent);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < refersTo.size()) {
			boolean progress = false;
			for (Map.Entry<String, Set<String>> table : refersTo.entrySet()) {
				if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
					placed.add(table.getKey());
					ordered.add(table.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("The partnership's tables refer to each other in a circle: "
						+ refersTo.keySet().stream().filter((t) -> !placed.contains(t)).toList());
			}
		}
		return ordered;
	}

	private static String name(DatabaseMetaData meta, String table) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet rs = meta.getPrimaryKeys(null, connection.getSchema(), name(meta, table))) {
			while (rs.next()) {
				columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(columns.values());
	}

	private static Map<String, String> columnKinds(Connection connection, String table) throws SQLException {
		Map<String, String> kinds = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				kinds.put(meta.getColumnName(c).toLowerCase(Locale.ROOT),
						kind(meta.getColumnType(c), meta.getColumnTypeName(c)));
			}
		}
		return kinds;
	}

	private static String partnershipCode(Connection connection, long partnershipId) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select code from partnership where partnership_id = ?")) {
			select.setLong(1, partnershipId);
			try (ResultSet rs = select.executeQuery()) {
				if (!rs.next()) {
					throw new RefusedException("No partnership has the number " + partnershipId);
				}
				return rs.getString(1);
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A stream over the ZIP's current entry that leaves the ZIP open when closed. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
