package org.assure.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.audit.AccessOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log in the {@code access_log} table. It only inserts and selects: no code in
 * Assure updates or deletes an entry.
 */
@Component
class JdbcAccessLog implements AccessLog {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// An entry survives the rollback of the work it describes: a refused change is still
	// recorded as attempted.
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AccessEvent event) {
		String username = (event.username() != null) ? event.username() : currentUsername();
		this.jdbc.sql("""
				insert into access_log (partnership_id, occurred_at, username, action, record_type, record_id,
				                        outcome, detail, remote_address)
				values (:partnershipId, :occurredAt, :username, :action, :recordType, :recordId,
				        :outcome, :detail, :remoteAddress)
				""")
			.param("partnershipId", event.partnershipId())
			.param("occurredAt", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("username", username)
			.param("action", event.action().name())
			.param("recordType", event.recordType())
			.param("recordId", event.recordId())
			.param("outcome", event.outcome().name())
			.param("detail", event.detail())
			.param("remoteAddress", remoteAddress())
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccessLogEntry> find(AccessLogFilter filter) {
		StringBuilder sql = new StringBuilder("""
				select entry_id, partnership_id, occurred_at, username, action, record_type, record_id, outcome,
				       detail, remote_address
				from access_log where 1 = 1
				""");
		List<Object> params = new ArrayList<>();
		if (filter.partnershipId() != null) {
			sql.append(" and partnership_id = ?");
			params.add(filter.partnershipId());
		}
		if (filter.username() != null) {
			sql.append(" and username = ?");
			params.add(filter.username());
		}
		if (filter.action() != null) {
			sql.append(" and action = ?");
			params.add(filter.action().name());
		}
		if (filter.recordType() != null) {
			sql.append(" and record_type = ?");
			params.add(filter.recordType());
		}
		if (filter.recordId() != null) {
			sql.append(" and record_id = ?");
			params.add(filter.recordId());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(filter.from().atStartOfDay(LONDON).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(LONDON).toOffsetDateTime());
		}
		sql.append(" order by entry_id desc limit ? offset ?");
		params.add(filter.pageSize());
		params.add((long) filter.page() * filter.pageSize());
		return this.jdbc.sql(sql.toString()).params(params).query(JdbcAccessLog::entry).list();
	}

	private static AccessLogEntry entry(ResultSet rs, int row) throws SQLException {
		long partnershipId = rs.getLong("partnership_id");
		Long partnership = rs.wasNull() ? null : partnershipId;
		Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
		return new AccessLogEntry(rs.getLong("entry_id"), partnership, occurredAt, rs.getString("username"),
				AccessAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				AccessOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("remote_address"));
	}

	private static @Nullable String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : null;
	}

	private static @Nullable String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
