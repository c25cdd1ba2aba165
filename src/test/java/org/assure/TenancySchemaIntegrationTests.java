package org.assure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.assure.support.AssureIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data rule of ARCHITECTURE.md, checked on the migrated schema (H2 or PostgreSQL):
 * every tenant table carries {@code partnership_id}, and every primary key, unique
 * constraint and foreign key between tenant tables includes it, so that the tables can be
 * distributed by partnership. Global tables are listed here, each with its reason
 * (docs/adr/0002).
 */
@AssureIntegrationTest
class TenancySchemaIntegrationTests {

	/** Tables that are not distributed by partnership, and why. */
	static final Map<String, String> GLOBAL_TABLES = Map.of("partnership", "the tenants themselves", "user_account",
			"sign-in identities, looked up by name before the partnership is known", "access_log",
			"deployment-wide events (unknown names, deployment administrators) as well as tenants'",
			"flyway_schema_history", "migration bookkeeping", "reference_postcode",
			"the ONS Postcode Directory, the same for every partnership", "reference_provider",
			"Ofsted's register of providers, the same for every partnership", "user_second_factor",
			"a sign-in identity's authenticator app, kept with user_account", "user_recovery_code",
			"a sign-in identity's recovery codes, kept with user_account");

	@Autowired
	DataSource dataSource;

	@Test
	void everyTenantTableIsKeyedByPartnership() throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			Set<String> tables = tables(meta);
			assertThat(tables).contains("agency", "person", "seat", "membership", "partnership", "access_log");
			for (String table : tables) {
				if (GLOBAL_TABLES.containsKey(table)) {
					continue;
				}
				if (!columns(meta, table).contains("partnership_id")) {
					problems.add(table + " has no partnership_id");
					continue;
				}
				Set<String> primaryKey = primaryKey(meta, table);
				if (!primaryKey.contains("partnership_id")) {
					problems.add(table + ": primary key " + primaryKey + " lacks partnership_id");
				}
				uniqueIndexes(meta, table).forEach((name, columns) -> {
					if (!columns.contains("partnership_id")) {
						problems.add(table + ": unique " + name + " " + columns + " lacks partnership_id");
					}
				});
				foreignKeys(meta, table).forEach((name, key) -> {
					if (!GLOBAL_TABLES.containsKey(key.target()) && !key.columns().contains("partnership_id")) {
						problems.add(table + ": foreign key " + name + " to " + key.target() + " " + key.columns()
								+ " lacks partnership_id");
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> tables(DatabaseMetaData meta) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (ResultSet rs = meta.getTables(null, schema(meta), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	private static Set<String> columns(DatabaseMetaData meta, String table) throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (ResultSet rs = meta.getColumns(null, schema(meta), table, "%")) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private static Set<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (ResultSet rs = meta.getPrimaryKeys(null, schema(meta), table)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private static Map<String, Set<String>> uniqueIndexes(DatabaseMetaData meta, String table) throws SQLException {
		Map<String, Set<String>> indexes = new TreeMap<>();
		try (ResultSet rs = meta.getIndexInfo(null, schema(meta), table, true, false)) {
			while (rs.next()) {
				String name = rs.getString("INDEX_NAME");
				String column = rs.getString("COLUMN_NAME");
				if (name != null && column != null) {
					indexes.computeIfAbsent(name, (key) -> new TreeSet<>()).add(column.toLowerCase(Locale.ROOT));
				}
			}
		}
		return indexes;
	}

	private static Map<String, ForeignKey> foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
		Map<String, ForeignKey> keys = new LinkedHashMap<>();
		try (ResultSet rs = meta.getImportedKeys(null, schema(meta), table)) {
			while (rs.next()) {
				String name = rs.getString("FK_NAME");
				String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
				keys.computeIfAbsent(name, (key) -> new ForeignKey(target, new TreeSet<>()))
					.columns()
					.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return keys;
	}

	// Both databases keep Assure's tables in the schema "public" (H2 with
	// DATABASE_TO_LOWER).
	private static String schema(DatabaseMetaData meta) {
		return "public";
	}

	record ForeignKey(String target, Set<String> columns) {
	}

}
