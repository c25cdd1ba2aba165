package org.assure.casedata.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.assure.support.AssureIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL an import's transaction plans each statement for the tables as they are,
 * and only that transaction (the foreign-key checks of a large import otherwise keep the
 * plan made while the tables were empty); on the embedded database nothing changes.
 */
@AssureIntegrationTest
class ImportPlanningIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theImportsTransactionAloneIsPlannedStatementByStatementOnPostgresql() throws Exception {
		boolean postgres;
		try (Connection connection = this.dataSource.getConnection()) {
			postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		String inside = this.transactions.execute((status) -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				ImportService.planEachForeignKeyCheck(connection);
				return postgres ? show(connection) : "not PostgreSQL";
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		if (!postgres) {
			assertThat(inside).isEqualTo("not PostgreSQL");
			return;
		}
		assertThat(inside).isEqualTo("force_custom_plan");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(show(connection)).as("set for that transaction only").isEqualTo("auto");
		}
	}

	private static String show(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show plan_cache_mode")) {
			rows.next();
			return rows.getString(1);
		}
	}

}
