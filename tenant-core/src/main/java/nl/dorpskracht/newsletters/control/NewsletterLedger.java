package nl.dorpskracht.newsletters.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.newsletters.control.Newsletter.Section;
import nl.dorpskracht.newsletters.entity.NewsletterStatus;
import nl.dorpskracht.outbox.control.Sql;

/**
 * Every statement on {@code newsletter} and {@code newsletter_section} (V25), in the caller's transaction under its
 * tenant's row security. A newsletter changes only while it is a draft; the move to SENDING is one conditional update,
 * so two clicks on "send" (or two instances) start it once.
 */
public final class NewsletterLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";
    private static final String COLUMNS = "cast(id as varchar) as id, title, intro, status, public_issue, recipients,"
            + " created_at, sending_at, sent_at, version";

    /** Which news item a section shows: its tenant (own or the national one) and id. */
    public record ItemRef(String tenant, UUID id) {
    }

    private NewsletterLedger() {
    }

    public static void create(Sql sql, String tenant, UUID id, String title, String intro, String createdBy,
            List<ItemRef> items) {
        sql.rows("insert into newsletter (tenant_id, id, title, intro, created_by) values (#a0, cast(#a1 as uuid), #a2,"
                + " #a3, #a4) returning tenant_id", tenant, id.toString(), title, intro, createdBy);
        writeSections(sql, tenant, id, items);
    }

    /** Rewrites a draft of the given version; false when it is no draft or the version is stale. */
    public static boolean update(Sql sql, String tenant, UUID id, long version, String title, String intro,
            List<ItemRef> items) {
        boolean updated = !sql.rows("update newsletter set title = #a1, intro = #a2, version = version + 1,"
                + " updated_at = now() where " + MINE + " and id = cast(#a0 as uuid) and status = 'DRAFT'"
                + " and version = #a3 returning tenant_id", id.toString(), title, intro, version).isEmpty();
        if (updated) {
            sql.rows("delete from newsletter_section where " + MINE + " and newsletter_id = cast(#a0 as uuid)"
                    + " returning tenant_id", id.toString());
            writeSections(sql, tenant, id, items);
        }
        return updated;
    }

    public static boolean deleteDraft(Sql sql, UUID id) {
        return !sql.rows("delete from newsletter where " + MINE + " and id = cast(#a0 as uuid) and status = 'DRAFT'"
                + " returning tenant_id", id.toString()).isEmpty();
    }

    public static Optional<Newsletter> find(Sql sql, UUID id) {
        List<Map<String, Object>> rows = sql.rows("select " + COLUMNS + ", html_body, text_body from newsletter where "
                + MINE + " and id = cast(#a0 as uuid)", id.toString());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(newsletter(rows.get(0), sections(sql, id), true));
    }

    /** Newest first, without sections or bodies. */
    public static List<Newsletter> list(Sql sql, int limit) {
        return sql.rows(
                "select " + COLUMNS + " from newsletter where " + MINE + " order by created_at desc, id" + " limit #a0",
                limit).stream().map(row -> newsletter(row, List.of(), false)).toList();
    }

    /** Sent (or sending) newsletters, newest first; only those marked public when {@code publicOnly}. */
    public static List<Newsletter> archive(Sql sql, boolean publicOnly, int limit) {
        return sql
                .rows("select " + COLUMNS + ", html_body, text_body from newsletter where " + MINE
                        + " and status <> 'DRAFT'" + (publicOnly ? " and public_issue" : "")
                        + " order by sending_at desc, id limit #a0", limit)
                .stream().map(row -> newsletter(row, List.of(), true)).toList();
    }

    /**
     * DRAFT → SENDING with the archive copy and the snapshot of every section, in one transaction; false when it was no
     * draft of this version (sent already, or changed meanwhile).
     */
    public static boolean startSending(Sql sql, UUID id, long version, boolean publicIssue, List<Section> snapshot,
            String html, String text) {
        boolean started = !sql.rows(
                "update newsletter set status = 'SENDING', sending_at = now(), public_issue = #a2,"
                        + " html_body = #a3, text_body = #a4, recipients = 0, version = version + 1 where " + MINE
                        + " and id = cast(#a0 as uuid) and status = 'DRAFT' and version = #a1 returning tenant_id",
                id.toString(), version, publicIssue, html, text).isEmpty();
        if (started) {
            for (Section section : snapshot) {
                sql.rows(
                        "update newsletter_section set title = #a2, summary = #a3, body_html = #a4,"
                                + " published_at = #a5 where " + MINE + " and newsletter_id = cast(#a0 as uuid)"
                                + " and position = #a1 returning tenant_id",
                        id.toString(), section.position(), section.title(), section.summary(), section.bodyHtml(),
                        section.publishedAt() == null ? null
                                : java.sql.Timestamp.from(section.publishedAt().toInstant()));
            }
        }
        return started;
    }

    public static void recipientsFixed(Sql sql, UUID id, int recipients) {
        sql.rows("update newsletter set recipients = #a1 where " + MINE + " and id = cast(#a0 as uuid)"
                + " returning tenant_id", id.toString(), recipients);
    }

    /** SENDING → SENT once no recipient waits for a batch any more. */
    public static boolean finishIfAllQueued(Sql sql, UUID id) {
        return !sql.rows("update newsletter n set status = 'SENT', sent_at = now()"
                + " where n.tenant_id = current_setting('app.tenant_id', true) and n.id = cast(#a0 as uuid) and n.status = 'SENDING' and not exists (select 1 from"
                + " newsletter_recipient r where r.tenant_id = n.tenant_id and r.newsletter_id = n.id"
                + " and r.queued_at is null and not r.skipped) returning n.tenant_id", id.toString()).isEmpty();
    }

    /** The newsletters still being handed to the outbox, for a sender that resumes after a stop. */
    public static List<UUID> sending(Sql sql) {
        return sql.rows("select cast(id as varchar) as id from newsletter where " + MINE + " and status = 'SENDING'")
                .stream().map(row -> Rows.id(row, "id")).toList();
    }

    private static void writeSections(Sql sql, String tenant, UUID id, List<ItemRef> items) {
        for (int position = 0; position < items.size(); position++) {
            ItemRef item = items.get(position);
            sql.rows(
                    "insert into newsletter_section (tenant_id, newsletter_id, position, news_tenant, news_id) values"
                            + " (#a0, cast(#a1 as uuid), #a2, #a3, cast(#a4 as uuid)) returning tenant_id",
                    tenant, id.toString(), position, item.tenant(), item.id().toString());
        }
    }

    private static List<Section> sections(Sql sql, UUID id) {
        List<Section> sections = new ArrayList<>();
        for (Map<String, Object> row : sql.rows("select position, news_tenant, cast(news_id as varchar) as news_id,"
                + " title, summary, body_html, published_at from newsletter_section where " + MINE
                + " and newsletter_id = cast(#a0 as uuid) order by position", id.toString())) {
            sections.add(new Section((int) Rows.number(row, "position"), Rows.text(row, "news_tenant"),
                    Rows.id(row, "news_id"), Rows.text(row, "title"), Rows.text(row, "summary"),
                    Rows.text(row, "body_html"), Rows.time(row, "published_at")));
        }
        return sections;
    }

    private static Newsletter newsletter(Map<String, Object> row, List<Section> sections, boolean bodies) {
        Object recipients = row.get("recipients");
        return new Newsletter(Rows.id(row, "id"), Rows.text(row, "title"), Rows.text(row, "intro"),
                NewsletterStatus.valueOf(Rows.text(row, "status")), Rows.flag(row, "public_issue"),
                recipients == null ? null : ((Number) recipients).intValue(), Rows.time(row, "created_at"),
                Rows.time(row, "sending_at"), Rows.time(row, "sent_at"), Rows.number(row, "version"), sections,
                bodies ? Rows.text(row, "html_body") : null, bodies ? Rows.text(row, "text_body") : null);
    }
}
